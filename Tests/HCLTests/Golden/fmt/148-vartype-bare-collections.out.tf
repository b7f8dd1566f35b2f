variable "a" {
  type = list(any)
}
variable "b" {
  type = map(any)
}
variable "c" {
  type = set(any)
}
