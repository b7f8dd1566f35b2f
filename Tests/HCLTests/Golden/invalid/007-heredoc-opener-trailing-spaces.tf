a = <<EOT   
x
EOT
