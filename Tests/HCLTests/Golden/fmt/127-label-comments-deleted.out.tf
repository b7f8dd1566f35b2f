resource "a" "b" {}
resource "c" "d" /* y */ {}
