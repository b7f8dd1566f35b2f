module "m$" {
  source = "${var.src}"
  version="1.0"
}
