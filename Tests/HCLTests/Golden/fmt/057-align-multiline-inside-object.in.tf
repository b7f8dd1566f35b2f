x = {
  a = 1
  bb = {
    ccc = 1
    d = 2
  }
  eeeeee = 3
  f = 4
}
