locals {
  msg = "x${join(",",
    [1,
  2])}y"
  other = 1
}
