variable "a" {
  validation {
    type = list
  }
  type = list(any)
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
