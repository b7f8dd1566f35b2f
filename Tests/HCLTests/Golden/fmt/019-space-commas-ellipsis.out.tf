a = [1, 2, 3, ]
b = f(x...)
c = f(1, [2, 3]...)
d = { a = 1, b = 2 }
e = concat(var.a, var.b...)
g = f(1, )
