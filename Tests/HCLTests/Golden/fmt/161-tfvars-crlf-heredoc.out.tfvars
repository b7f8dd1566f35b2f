a         = 1
long_name = <<EOT
line
EOT
c         = x
