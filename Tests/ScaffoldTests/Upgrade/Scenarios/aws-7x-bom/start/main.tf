module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~> 7.0"

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

data "aws_eks_cluster" "app_cluster" {
  name = module.wandb_infra.cluster_name
}

data "aws_eks_cluster_auth" "app_cluster" {
  name = module.wandb_infra.cluster_name
}

provider "kubernetes" {
  host                   = data.aws_eks_cluster.app_cluster.endpoint
  cluster_ca_certificate = base64decode(data.aws_eks_cluster.app_cluster.certificate_authority[0].data)
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
    exec {
      api_version = "client.authentication.k8s.io/v1beta1"
      args        = ["eks", "get-token", "--cluster-name", data.aws_eks_cluster.app_cluster.name]
      command     = "aws"
    }
  }
}

variable "license" {
  type      = string
  sensitive = true
}

output "endpoint" {
  value = data.aws_eks_cluster.app_cluster.endpoint
}
