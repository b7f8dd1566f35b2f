locals { a = 1 }
locals { a = 2 }
b "x" {}
b "x" {}
