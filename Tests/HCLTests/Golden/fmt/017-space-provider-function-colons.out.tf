x = provider::aws::arn_parse(var.arn)
y = provider::terraform::encode_tfvars({ a = 1 })
z = provider::aws::arn_build({ partition = "aws" }).resource
