a = "outer ${ "inner ${ x } more" } end"
b = "${f( "${ y }" )}z"
c = "%{ if x == "a" }A%{ endif }"
d = "${ x == "}" ? 1 : 2 }z"
