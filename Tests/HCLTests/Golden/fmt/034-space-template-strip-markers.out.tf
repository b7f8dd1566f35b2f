a = "x ${~var.a~} y"
b = "%{~if x~}yes%{~else~}no%{~endif~}"
c = "%{for v in l~}${v}%{endfor~}"
d = x
e = "x${x~}"
