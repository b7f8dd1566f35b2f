a  = 1 # a
bb = 2 # b

ccc = 3 # c
d   = 4 # d
# standalone
eeeee   = 5 # e
f       = 6 # f
g       = 7
hhhhhhh = 8 # h
