a = aws_instance.web[*].id
b = aws_instance.web.*.id
c = var.list[*].name[0]
d = var.obj [*]
e = length(aws_instance.web[*])
