a = var . x
b = x. y
c = module .vpc. outputs [ 0 ] . id
d = aws_instance.web [ 0 ].id
e = local.list.0 .name
f = data . aws_caller_identity . current . account_id
