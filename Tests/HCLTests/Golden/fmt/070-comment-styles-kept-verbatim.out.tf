#no space
#   many spaces
//slash
# indented hash
// indented slash
a = 1 #x
locals {
  # deep comment
  b = 2
}
