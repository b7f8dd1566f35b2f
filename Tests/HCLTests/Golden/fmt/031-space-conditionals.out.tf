a = x ? 1 : 2
b = x ? y : z ? 1 : 2
c = var.enabled ? "yes" : "no"
d = (x == 1 ? [1] : [])
