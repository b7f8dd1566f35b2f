variable "namespace" { type = string }
variable "region" { type = string }
variable "domain_name" { type = string }
variable "zone_id" { type = string }
variable "subdomain" { type = string }
variable "size" { type = string }
variable "eks_cluster_version" { type = string }
variable "allowed_inbound_cidr" { type = list(string) }
variable "allowed_inbound_ipv6_cidr" { type = list(string) }

variable "kubernetes_map_accounts" {
  type    = list(string)
  default = []
}

variable "create_bucket" {
  type    = bool
  default = true
}

variable "license" {
  type      = string
  sensitive = true
}
