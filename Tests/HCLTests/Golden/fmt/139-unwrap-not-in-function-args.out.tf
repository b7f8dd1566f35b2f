a = f("${x}")
b = ["${x}", "${y}"]
c = { k = "${x}" }
d = "${x}${y}"
e = "%{if x}a%{endif}"
f = x # comment
