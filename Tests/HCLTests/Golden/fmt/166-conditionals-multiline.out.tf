locals {
  x = var.a ? (
    var.b
  ) : var.c
  y = (var.enabled
    ? 1
  : 0)
}
