a  = <<EOT
EOT
bb = <<-X
X
