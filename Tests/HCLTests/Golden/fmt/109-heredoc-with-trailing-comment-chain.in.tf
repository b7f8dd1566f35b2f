a = 1 # a
bbbbbbb = <<EOT
x
EOT
cc = 2 # c
