y = [
<<EOT
foo
EOT
,
    <<-EOT
    bar
    EOT
]
