module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~> 8.0"

  kubernetes_legacy_cluster_creator_admin = true
  preserve_aws_auth_configmap             = true

  namespace   = "wandb"
  domain_name = "example.com"
  zone_id     = "Z0123456789ABCDEFGHIJ"
  subdomain   = "wandb"
  license     = var.license

  allowed_inbound_cidr      = ["0.0.0.0/0"]
  allowed_inbound_ipv6_cidr = ["::/0"]
  eks_cluster_version       = "1.30"

  kubernetes_map_accounts = []
  kubernetes_map_roles = [ # the platform team
    { rolearn = "arn:aws:iam::123456789012:role/platform", username = "platform", groups = ["system:masters"] },
  ]
}

data "aws_eks_cluster_auth" "app_cluster" {
  name = module.wandb_infra.cluster_name
}

provider "kubernetes" {
  host                   = module.wandb_infra.cluster_endpoint
  cluster_ca_certificate = base64decode(module.wandb_infra.cluster_certificate_authority_data)
  exec {
    api_version = "client.authentication.k8s.io/v1beta1"
    args        = ["eks", "get-token", "--cluster-name", module.wandb_infra.cluster_name]
    command     = "aws"
  }
}

provider "helm" {
  kubernetes {
    host                   = module.wandb_infra.cluster_endpoint
    cluster_ca_certificate = base64decode(module.wandb_infra.cluster_certificate_authority_data)
    exec {
      api_version = "client.authentication.k8s.io/v1beta1"
      args        = ["eks", "get-token", "--cluster-name", module.wandb_infra.cluster_name]
      command     = "aws"
    }
  }
}

variable "license" {
  type      = string
  sensitive = true
}

output "endpoint" {
  value = module.wandb_infra.cluster_endpoint
}
