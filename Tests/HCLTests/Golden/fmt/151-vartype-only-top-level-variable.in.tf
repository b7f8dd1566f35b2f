variable "a" {
  validation {
    type = list
  }
  type = list
}
other "x" {
  type = list
}
module "m" {
  variable "y" {
    type = list
  }
}
locals {
  type = "string"
}
