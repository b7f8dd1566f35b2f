d "x$y" { # c
  a = 1 # d
} # e
