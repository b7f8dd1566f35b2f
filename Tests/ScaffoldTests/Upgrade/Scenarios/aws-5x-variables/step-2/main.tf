module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~> 8.0"

  kubernetes_legacy_cluster_creator_admin = true
  preserve_aws_auth_configmap             = true

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
}

data "aws_eks_cluster_auth" "this" {
  name = module.wandb_infra.cluster_name
}

provider "kubernetes" {
  host                   = module.wandb_infra.cluster_endpoint
  cluster_ca_certificate = base64decode(module.wandb_infra.cluster_certificate_authority_data)
  token                  = data.aws_eks_cluster_auth.this.token
}

provider "helm" {
  kubernetes {
    host                   = module.wandb_infra.cluster_endpoint
    cluster_ca_certificate = base64decode(module.wandb_infra.cluster_certificate_authority_data)
    token                  = data.aws_eks_cluster_auth.this.token
  }
}
