a = { for k, v in m : k => -v }
b = [for x in y : -x]
c = [for x in y : x if -x > 0]
d = [for x in -y : x]
e = { for k, v in m : k => - v }
f = ["${-1}"]
g = "x${-x}y"
h = "${-1}"
