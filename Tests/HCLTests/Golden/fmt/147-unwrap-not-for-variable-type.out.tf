variable "v" {
  type    = "${string}"
  default = local.x
}
