a = 1
bbbbbb = 2

ccc = 3
d = 4
