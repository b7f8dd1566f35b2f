a = true
b = false
c = null
d = [true,false,null]
e = { true = 1, null = 2, for = 3, if = 4 }
