b {}
c {}
d { a = 1 }
e "x" { a = 1 }
f "x" "y" { a = 1 }
