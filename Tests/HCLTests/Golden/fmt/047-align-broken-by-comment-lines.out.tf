a = 1
# note
bb  = 2
ccc = 3 # x
// other note
dddd = 4
e    = 5
/* block comment line */
ffffff = 6
gg     = 7
