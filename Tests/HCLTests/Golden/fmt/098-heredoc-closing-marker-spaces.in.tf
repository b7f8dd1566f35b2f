a = <<EOT
x
   EOT   
b = <<-EOT
y
	EOT	
c = 1
