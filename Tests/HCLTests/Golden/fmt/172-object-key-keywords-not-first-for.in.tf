x = {
  in = 2
  for = 1
}
y = { if = 2, for = 1 }
