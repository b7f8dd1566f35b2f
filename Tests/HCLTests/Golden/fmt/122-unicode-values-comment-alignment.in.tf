a = "日本語" # c1
bbbbb = "x" # c2
c = "👍🏽👍🏽" # c3
