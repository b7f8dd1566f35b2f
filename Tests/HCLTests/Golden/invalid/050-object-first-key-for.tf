y = { for = 1, if = 2 }
