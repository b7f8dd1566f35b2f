resource "a" "b" {
  x = "${var.x}"
  nested {
    y = "${var.y}"
    dynamic "z" {
      for_each = "${var.list}"
      content {
        v = "${z.value}"
      }
    }
  }
}
