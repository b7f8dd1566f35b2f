module "m" {
  source = "./m"
  cfg = merge(
    var.a,
    {
      extra = true
      deep = {
        k = "v"
      }
    },
  )
}
