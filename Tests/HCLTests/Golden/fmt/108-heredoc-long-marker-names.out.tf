a = <<END_OF_TEXT
EOT
END
END_OF_TEXT
b = <<-eot_2
  x
  eot_2
