a = "${a}%{if x}y%{endif}"
b = "%{ if x }${ y }%{ endif }"
c = ["${ {a=1} ~}", "${ {a=1} }"]
d = "%{ if -x > 0 }a%{ endif }"
e = "${a}${b}"
