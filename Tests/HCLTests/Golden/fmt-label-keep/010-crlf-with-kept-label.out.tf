d "x$y" {
  a  = 1
  bb = 2
}
