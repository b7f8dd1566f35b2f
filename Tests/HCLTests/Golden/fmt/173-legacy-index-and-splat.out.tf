a = var.list.0
b = var.list.0.name
c = var.list.*.name
d = var.list.*.name
