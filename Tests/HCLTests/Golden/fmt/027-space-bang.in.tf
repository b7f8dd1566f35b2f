a = ! x
b = !!x
c = ! ! x
d = !(x && y)
e = x && ! y
f = [! x]
