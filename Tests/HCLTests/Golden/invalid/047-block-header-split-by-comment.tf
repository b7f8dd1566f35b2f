resource "a" # c
  "b" {
}
