n = "x${var.a}y"
o = "%{if x}yes%{else}no%{endif}"
p = "${a}${b}"
q = "${a} ${b}"
r = "  spaced  text  "
s = foo(1, 2)
t = "a${var.x[0]}b"
