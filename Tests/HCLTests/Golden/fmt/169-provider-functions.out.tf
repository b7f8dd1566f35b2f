locals {
  arn    = provider::aws::arn_parse(var.arn)
  region = provider::aws::arn_parse(var.arn).region
  built  = provider::aws::arn_build("aws", "iam", "", "123", "role/x")
}
