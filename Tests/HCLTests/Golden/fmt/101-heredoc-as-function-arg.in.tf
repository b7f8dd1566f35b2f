x = jsonencode(yamldecode(<<EOT
a: 1
EOT
))
z = trimspace(
<<EOT
b
EOT
)
