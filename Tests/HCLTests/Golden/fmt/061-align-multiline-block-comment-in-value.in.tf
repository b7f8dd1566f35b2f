a = 1 /* multi
line */
bbb = 2
c = 3
