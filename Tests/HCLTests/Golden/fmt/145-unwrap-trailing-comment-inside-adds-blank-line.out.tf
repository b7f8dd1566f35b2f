a = x # c

b = 1
c = y // d

e = z /* f */
