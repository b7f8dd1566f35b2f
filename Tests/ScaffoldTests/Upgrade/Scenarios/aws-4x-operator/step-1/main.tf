# The operator era, after docs/operator-migration: W&B Server is deployed by the module.

module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~> 5.2"

  kubernetes_instance_types = ["m5.large"]
  database_instance_class   = "db.r5.large"
  elasticache_node_type     = "cache.t2.medium"

  namespace   = var.namespace
  domain_name = var.domain_name
  zone_id     = var.zone_id
  subdomain   = "wandb"
  license     = var.license

  public_access = true
  external_dns  = true

  allowed_inbound_cidr      = ["0.0.0.0/0"]
  allowed_inbound_ipv6_cidr = ["::/0"]

  eks_cluster_version          = "1.29"
  kubernetes_min_nodes_per_az  = 2 # two per zone
  kubernetes_max_nodes_per_az  = 2
  network_private_subnet_cidrs = ["10.10.10.0/24", "10.10.11.0/24", "10.10.12.0/24"]

  # The DNS handover of the operator migration.
  # renames the old record

  create_bucket  = true # the module's own bucket
  bucket_kms_key_arn = ""
}

data "aws_eks_cluster" "app_cluster" {
  name = module.wandb_infra.cluster_name
}

data "aws_eks_cluster_auth" "app_cluster" {
  name = module.wandb_infra.cluster_name
}

provider "kubernetes" {
  host                   = data.aws_eks_cluster.app_cluster.endpoint
  cluster_ca_certificate = base64decode(data.aws_eks_cluster.app_cluster.certificate_authority[0].data)
  token                  = data.aws_eks_cluster_auth.app_cluster.token
  exec {
    api_version = "client.authentication.k8s.io/v1beta1"
    args        = ["eks", "get-token", "--cluster-name", data.aws_eks_cluster.app_cluster.name]
    command     = "aws"
  }
}

provider "helm" {
  kubernetes {
    host                   = data.aws_eks_cluster.app_cluster.endpoint
    cluster_ca_certificate = base64decode(data.aws_eks_cluster.app_cluster.certificate_authority[0].data)
    token                  = data.aws_eks_cluster_auth.app_cluster.token
    exec {
      api_version = "client.authentication.k8s.io/v1beta1"
      args        = ["eks", "get-token", "--cluster-name", data.aws_eks_cluster.app_cluster.name]
      command     = "aws"
    }
  }
}

output "cluster_name" {
  value = module.wandb_infra.cluster_name
}
