module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~> 4.0"

  namespace   = var.namespace
  domain_name = var.domain_name
  zone_id     = var.zone_id

  allowed_inbound_cidr      = ["0.0.0.0/0"] # open
  allowed_inbound_ipv6_cidr = ["::/0"]      # open v6

  deletion_protection = false
}

provider "aws" {
  region = "us-west-2"

  default_tags {
    tags = {
      GithubRepo = "terraform-aws-wandb"
      GithubOrg  = "wandb"
    }
  }
}
