region = var.region
name   = "literal"
