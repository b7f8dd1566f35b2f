a	=	"x	y" #	c	d
b = <<EOT
	body	tab
EOT
/*	tab	*/
