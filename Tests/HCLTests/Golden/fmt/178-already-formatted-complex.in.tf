terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

locals {
  names = [for s in var.subnets : s.name if s.public]
  by_az = { for s in var.subnets : s.az => s.id... }
  label = "${var.prefix}-${var.name}"
}

resource "aws_instance" "web" {
  count         = var.enabled ? 1 : 0
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.micro" # small

  lifecycle {
    ignore_changes = [tags]
  }
}
