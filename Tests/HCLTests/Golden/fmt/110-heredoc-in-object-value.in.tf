x = {
k = <<EOT
v
EOT
  long_key = 1
}
