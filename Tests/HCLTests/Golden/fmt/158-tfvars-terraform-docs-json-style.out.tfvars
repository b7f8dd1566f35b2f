a  = ""
bb = null
map = {
  "key" : "value",
  "other_key" : 1,
}
