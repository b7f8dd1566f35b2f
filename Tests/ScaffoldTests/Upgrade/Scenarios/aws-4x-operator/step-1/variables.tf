variable "namespace" {
  type = string
}

variable "region" {
  type = string
}

variable "domain_name" {
  type = string
}

variable "zone_id" {
  type = string
}

variable "license" {
  type      = string
  sensitive = true
}
