   locals {
  x = 1
}
