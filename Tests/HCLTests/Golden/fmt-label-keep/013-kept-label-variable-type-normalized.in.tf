variable "v$" {
  type = list
  default=[]
}
