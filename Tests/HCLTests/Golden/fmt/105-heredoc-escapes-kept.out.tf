a = <<EOT
$${not} %%{not} \n \t "q"
EOT
