resource "aws_instance" "web$1" {
  ami  = "x"
  tags = { Name = "a" }
}
