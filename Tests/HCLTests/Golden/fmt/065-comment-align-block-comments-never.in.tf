a = 1 /* one */
bbbb = 2 /* two */
c = 3 # three
ddddd = 4 # four
