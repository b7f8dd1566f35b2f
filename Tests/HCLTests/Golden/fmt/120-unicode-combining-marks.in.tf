café = 1
ab = 2
x = {
  "é́" = 1
  "abc" = 2
}
