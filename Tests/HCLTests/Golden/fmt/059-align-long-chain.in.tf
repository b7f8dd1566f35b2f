variable "x" {
  type = string
  default = "a"
  description = "d"
  nullable = false
  sensitive = true
  ephemeral = false
}
