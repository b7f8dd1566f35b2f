a = { x = 1 }
bbbb = [for k, v in m : k]
c = x == 1 ? { y = 2 } : {}
