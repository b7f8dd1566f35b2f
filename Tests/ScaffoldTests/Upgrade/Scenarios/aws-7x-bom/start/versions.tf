terraform {
  required_version = "~> 1.9"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.0"
    }
    helm = {
      source  = "hashicorp/helm"
      version = "< 3.0.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}
