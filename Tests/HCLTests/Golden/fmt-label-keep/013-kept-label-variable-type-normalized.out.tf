variable "v$" {
  type    = list(any)
  default = []
}
