resource "aws_s3_object" "obj%" {
  dynamic "rule$x" {
    for_each = var.r
    content {
      key = "v"
    }
  }
}
