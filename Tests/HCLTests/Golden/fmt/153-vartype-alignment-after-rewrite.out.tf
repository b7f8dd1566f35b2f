variable "a" {
  type        = list(any) # t
  default     = []        # d
  description = "x"
}
