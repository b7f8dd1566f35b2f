a = { x = 1 }
bbbbb = { y = 2, z = 3 }
c = []
dd = [1, 2]
eee = foo(1)
