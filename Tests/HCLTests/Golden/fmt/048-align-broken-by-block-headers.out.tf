locals {
  a    = 1
  bbbb = 2
}
locals {
  ccccccc = 3
  d       = 4
  inner {
    eeeeeeeee = 5
  }
  ff = 6
}
