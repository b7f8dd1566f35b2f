locals {
x = <<EOT
body
EOT
y=2
}
