a = { a = 1 }.a
b = "${ { a = 1 } }x"
c = "%{for k in { a = 1 } }${k}%{endfor}"
d = "x${ {} }"
e = "${x}${y}${z}"
f = "${[1]}x"
