b  x  y  { # c
  a = 1 # d
} # e
