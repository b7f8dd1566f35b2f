# One file, as the W&B guide writes it (Windows line endings, not fmt-clean).
terraform {
  required_version = ">= 1.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.0"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.23"
    }
  }
}

provider "aws" {
  region = "us-west-2"
}

module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~>2.0"

  namespace     = "wandb"
  public_access = true
  external_dns  = true
  domain_name = "example.com"   # our zone
  zone_id     = "Z0123456789ABCDEFGHIJ"
  subdomain   = "wandb"

  allowed_inbound_cidr      = ["0.0.0.0/0"]
  allowed_inbound_ipv6_cidr = ["::/0"]
  eks_cluster_version       = "1.28"
  kubernetes_public_access       = true
  kubernetes_public_access_cidrs = ["0.0.0.0/0"]
}

data "aws_eks_cluster" "app_cluster" {
  name = module.wandb_infra.cluster_id
}

data "aws_eks_cluster_auth" "app_cluster" {
  name = module.wandb_infra.cluster_id
}

provider "kubernetes" {
  host                   = data.aws_eks_cluster.app_cluster.endpoint
  cluster_ca_certificate = base64decode(data.aws_eks_cluster.app_cluster.certificate_authority.0.data)
  token                  = data.aws_eks_cluster_auth.app_cluster.token
}

module "wandb_app" {
  source  = "wandb/wandb/kubernetes"
  version = "~>1.0"

  license                    = "LICENSE-PLACEHOLDER" # from deploy.wandb.ai
  host                       = module.wandb_infra.url
  bucket                     = "s3://${module.wandb_infra.bucket_name}"
  bucket_aws_region          = module.wandb_infra.bucket_region
  bucket_queue               = "internal://"
  database_connection_string = "mysql://${module.wandb_infra.database_connection_string}"
  service_port = module.wandb_infra.internal_app_port
  wandb_version = "0.58.1"

  depends_on = [module.wandb_infra]
}

# A resource of our own next to the module's.
resource "terraform_data" "announce" {
  input = "W&B is at ${module.wandb_infra.url}"
}

output "cluster" {
  value = module.wandb_infra.cluster_id
}

output "url" {
  value = "${module.wandb_infra.url} (cluster ${module.wandb_infra.cluster_id})"
}
