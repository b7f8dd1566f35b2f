locals {
  for = 1
  if = 2
  in = 3
  null_value = null
  true_ = true
}
