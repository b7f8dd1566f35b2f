locals { # start
  x = { # obj
    a = 1 # a
  } # obj end
} # end
