d "x$y" "z" {}
e "p%" "q" {}
g "a" "b$" /* after */ {}
