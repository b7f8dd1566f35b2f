variable "a" {
  type = list # t
  default = [] # d
  description = "x"
}
