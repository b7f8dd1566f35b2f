a = x-1
b = x -1
d = x - 1
e = my-var.attr
f = x-y-z
