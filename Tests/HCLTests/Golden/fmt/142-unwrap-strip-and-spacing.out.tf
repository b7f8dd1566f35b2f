a = var.x
b = var.y
c = foo(1, 2)
d = x ? "a" : "b"
