resource "aws_security_group" "sg" {
  name = "sg"
  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      from_port   = rule.value.from
      to_port     = rule.value.to
      cidr_blocks = rule.value.cidrs
    }
  }
}
