namespace            = "wandb-prod"
domain_name          = "example.com"
subdomain            = "wandb"
license              = "eyJ...redacted"
wandb_version        = "0.58.1" # keep in sync
size                 = "medium"
allowed_inbound_cidr = ["10.0.0.0/8", "192.168.0.0/16"]
other_wandb_env = {
  GORILLA_CUSTOMER_SECRET_STORE_SOURCE = "aws-secretmanager://wandb"
  "BUCKET_QUEUE"                       = "internal://"
}
