module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~> 5.0"

  namespace                 = var.namespace
  domain_name               = var.domain_name
  zone_id                   = var.zone_id
  subdomain                 = var.subdomain
  license                   = var.license
  size                      = var.size
  allowed_inbound_cidr      = var.allowed_inbound_cidr
  allowed_inbound_ipv6_cidr = var.allowed_inbound_ipv6_cidr
  eks_cluster_version       = var.eks_cluster_version
  kubernetes_map_accounts   = var.kubernetes_map_accounts

  /* BYOB is not for us:
     the module keeps its own bucket. */
  create_bucket = var.create_bucket
}

data "aws_eks_cluster" "this" {
  name = module.wandb_infra.cluster_name
}

data "aws_eks_cluster_auth" "this" {
  name = module.wandb_infra.cluster_name
}

provider "kubernetes" {
  host                   = data.aws_eks_cluster.this.endpoint
  cluster_ca_certificate = base64decode(data.aws_eks_cluster.this.certificate_authority[0].data)
  token                  = data.aws_eks_cluster_auth.this.token
}

provider "helm" {
  kubernetes {
    host                   = data.aws_eks_cluster.this.endpoint
    cluster_ca_certificate = base64decode(data.aws_eks_cluster.this.certificate_authority[0].data)
    token                  = data.aws_eks_cluster_auth.this.token
  }
}
