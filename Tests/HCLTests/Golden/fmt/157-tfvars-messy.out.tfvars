namespace     = "wandb"
wandb_version = "0.58.1" # pinned
size          = 3        # nodes
enabled       = true
tags = {
  Owner         = "me"
  "cost-center" = "42"
}
list = ["a", "b"]
