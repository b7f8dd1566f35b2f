# One file, as the W&B guide writes it (Windows line endings, not fmt-clean).
terraform {
  required_version = ">= 1.9"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.0"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.23"
    }
    helm = {
      source  = "hashicorp/helm"
      version = ">= 2.10, < 3.0.0"
    }
  }
}

provider "aws" {
  region = "us-west-2"
}

module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~> 7.18"

  kubernetes_instance_types = ["m5.large"]
  database_instance_class   = "db.r5.large"
  elasticache_node_type     = "cache.t2.medium"

  license             = "LICENSE-PLACEHOLDER"

  namespace     = "wandb"
  public_access = true
  external_dns  = true
  domain_name = "example.com"   # our zone
  zone_id     = "Z0123456789ABCDEFGHIJ"
  subdomain   = "wandb"

  allowed_inbound_cidr      = ["0.0.0.0/0"]
  allowed_inbound_ipv6_cidr = ["::/0"]
  eks_cluster_version       = "1.30"
  kubernetes_public_access       = true
  kubernetes_public_access_cidrs = ["0.0.0.0/0"]
}

data "aws_eks_cluster" "app_cluster" {
  name = module.wandb_infra.cluster_name
}

data "aws_eks_cluster_auth" "app_cluster" {
  name = module.wandb_infra.cluster_name
}

provider "kubernetes" {
  host                   = data.aws_eks_cluster.app_cluster.endpoint
  cluster_ca_certificate = base64decode(data.aws_eks_cluster.app_cluster.certificate_authority.0.data)
  token                  = data.aws_eks_cluster_auth.app_cluster.token
}

provider "helm" {
  kubernetes {
    host                   = data.aws_eks_cluster.app_cluster.endpoint
    cluster_ca_certificate = base64decode(data.aws_eks_cluster.app_cluster.certificate_authority.0.data)
    token                  = data.aws_eks_cluster_auth.app_cluster.token
  }
}

# Kept from module "wandb_app", which wbscaffold upgrade removed:
# from deploy.wandb.ai

# A resource of our own next to the module's.
resource "terraform_data" "announce" {
  input = "W&B is at ${module.wandb_infra.url}"
}

output "cluster" {
  value = module.wandb_infra.cluster_name
}

output "url" {
  value = "${module.wandb_infra.url} (cluster ${module.wandb_infra.cluster_name})"
}
