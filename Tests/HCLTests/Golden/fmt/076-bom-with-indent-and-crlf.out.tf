locals {
  x = 1
}
