provider "azurerm" {
features {}
}

module "wandb" {
source = "wandb/wandb/azurerm"
version = "~> 2.0"

namespace = var.namespace
location = var.location
license = var.license
domain_name = var.domain_name
subdomain = var.subdomain

deletion_protection = false

tags = {
"Name" = "wandb"
"CostCenter" = "ml"
}
}

output "address" {
value = module.wandb.address
}
