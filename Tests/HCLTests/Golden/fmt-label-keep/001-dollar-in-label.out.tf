d "x$y" {}
