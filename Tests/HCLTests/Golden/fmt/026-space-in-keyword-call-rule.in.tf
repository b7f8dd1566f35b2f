a = [for x in(y) : x]
b = [for x in (y) : x]
c = [for x in{a=1} : x]
d = [for x in[1] : x]
