x = {
  (var.key) = 1
  (local.k) = "v"
}
y = (var.a + var.b) * (2)
