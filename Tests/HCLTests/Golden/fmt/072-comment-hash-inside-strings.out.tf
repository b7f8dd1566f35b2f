a  = "#not a comment" # real
bb = "//also not"     // real
