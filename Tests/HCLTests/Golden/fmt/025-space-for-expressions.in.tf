l=[for x in y: x if x!=""]
m={for k,v in m: k=>v...}
n = [ for s in var.list : upper(s) ]
o = { for i, v in var.list : v => i if i > 0 }
p = [for x in(y): x]
q = [for x in [1,2]: x]
r = {for k, v in var.m: k => v...}
