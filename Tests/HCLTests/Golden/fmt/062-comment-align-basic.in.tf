a = "0.1" # c1
bbb = "0.58.1" # c2
cc = true # c3
