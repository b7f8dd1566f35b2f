a = <<EOT
foo
EOT x
