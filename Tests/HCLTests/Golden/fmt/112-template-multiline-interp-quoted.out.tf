a = "x${foo(
  1,
2)}y"
b = "${
  var.z
}-suffix"
