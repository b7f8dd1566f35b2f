a = <<EOT
line   
	
   
EOT
