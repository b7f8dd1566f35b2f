# comments are allowed (tfvars are HCL); fmt keeps them
namespace                 = "wandb"
wandb_version             = "0.58.1"
size                      = 3
enabled                   = true
extra                     = null
allowed_inbound_cidr      = ["0.0.0.0/0"]
allowed_inbound_ipv6_cidr = ["::/0"]
tags = {
  Owner         = "me"
  "cost-center" = "42"
}
nested = {
  a = {
    b = 1
  }
  list = [1, 2]
}
empty_map  = {}
empty_list = []
