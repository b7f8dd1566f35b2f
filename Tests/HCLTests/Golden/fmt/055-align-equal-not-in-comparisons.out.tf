x = [
  a == b,
  ccc == d,
]
m = { for k, v in var.m :
  k => v
}
aa = 1
b  = c == d
