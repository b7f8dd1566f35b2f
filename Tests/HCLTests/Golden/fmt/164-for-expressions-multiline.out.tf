locals {
  m = {
    for k, v in var.m :
    k => v
    if v != null
  }
  l = [
    for x in var.list :
    upper(x)
  ]
  grouped = { for s in var.subnets : s.az => s.id... }
}
