locals {
  x = <<EOT
${foo(
1)}
EOT
  y = 1
}
