a = [for x in [0] : x]
b = in[0]
c = [for x in in [0] : x]
d = [for in in in : in]
