h = (var.c ?
1 : 2)
i = (var.c ?
1 : 2)
