d "x$y" /* c */ "z" {}
e /* a */ "p%" "q" {}
g "a" "b$" /* after */ {}
