a = 1 // slash
bbb = 2 # hash
cc = [ # open
  1, // one
] # close
