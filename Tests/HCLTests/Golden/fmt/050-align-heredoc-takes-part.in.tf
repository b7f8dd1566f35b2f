a = 1
bbbbb = <<EOT
hello
EOT
cc = 3
d = <<-EOT
    indented
  EOT
eeeeeeeeee = 5
