variable "demo" {
  validation {
    condition     = length(var.demo) == 3
    error_message = <<-EOT
      values:
      ${join(
        ", ",
        var.demo
      )}
    EOT
  }
}
