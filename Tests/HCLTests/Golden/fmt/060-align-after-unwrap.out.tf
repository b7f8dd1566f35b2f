a      = var.long_variable_name
bbbbbb = 1 # c
cc     = x # d
