a = "${var.x}"
b = "${var.x}-y"
c = "${f("${v}")}"
d = ["${var.x}"]
e = { k = "${var.x}" }
f = "${~var.x}"
g = "${ {a=1} }"
