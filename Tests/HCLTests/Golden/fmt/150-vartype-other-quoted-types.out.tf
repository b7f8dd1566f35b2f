variable "a" {
  type = "number"
}
variable "b" {
  type = "bool"
}
variable "c" {
  type = "set"
}
variable "d" {
  type = "any"
}
