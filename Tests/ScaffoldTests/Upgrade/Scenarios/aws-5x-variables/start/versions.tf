terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws        = ">= 4.0, < 5.0"
    kubernetes = "~> 2.23"
    helm       = "~> 2.10"
  }
}

provider "aws" {
  region = var.region
}
