locals {
  a = <<-EOT
        deep
      less
    EOT
}
