locals {
  /* first line is indented
     second line kept as is
  * third
        */
  x = 1
  /*
   */
}
