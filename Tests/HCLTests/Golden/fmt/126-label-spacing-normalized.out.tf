resource "x" "y" {}
b "a" "b" {
}
