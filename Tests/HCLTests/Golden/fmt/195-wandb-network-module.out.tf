module "networking" {
  source                    = "./modules/networking"
  namespace                 = var.namespace
  create_vpc                = var.create_vpc
  cidr                      = var.network_cidr
  private_subnet_cidrs      = var.network_private_subnet_cidrs
  public_subnet_cidrs       = var.network_public_subnet_cidrs
  database_subnet_cidrs     = var.network_database_subnet_cidrs
  create_elasticache_subnet = var.create_elasticache
  elasticache_subnet_cidrs  = var.network_elasticache_subnet_cidrs
}

locals {
  network_id               = var.create_vpc ? module.networking.vpc_id : var.network_id
  network_private_subnets  = var.create_vpc ? module.networking.private_subnets : var.network_private_subnets
  network_database_subnets = var.create_vpc ? module.networking.database_subnets : var.network_database_subnets
}
