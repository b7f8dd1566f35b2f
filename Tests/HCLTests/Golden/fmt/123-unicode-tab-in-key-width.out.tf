x = {
  "a	b"  = 1
  "abcd" = 2
}
