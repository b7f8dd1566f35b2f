x = {
  (var.k) = 1
  "${var.k}" = 2
  a.b = 3
  plain = 4
  "quoted key" = 5
}
