a = {
  b = [
  1]
c = 2 }
x = "abc" [0]
y = { for k, v in m : k => - v }
z = [for x in(y) : x]
