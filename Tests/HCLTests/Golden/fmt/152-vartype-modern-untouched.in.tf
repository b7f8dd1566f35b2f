variable "a" {
  type = list( string )
  default = []
}
variable "b" {
  type = object({name=string, size=optional(number, 1)})
}
variable "c" {
  type = map (any)
}
