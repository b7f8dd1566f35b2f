name = "x"
object_value = {
  "a"  = 1,
  "bb" = [1, 2, ],
}
