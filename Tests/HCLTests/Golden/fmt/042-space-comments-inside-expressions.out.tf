a = 1 + /* c */ 2
b = [/* empty */]
c = f(
  1, # one
  22 # two
)
d = { /* x */ a = 1 }
