count = 1
tags = {
  Name        = "x"
  Environment = "y"
}
a = 1
bbbbbbbbbbbb = [
  1,
]
cc = 2
