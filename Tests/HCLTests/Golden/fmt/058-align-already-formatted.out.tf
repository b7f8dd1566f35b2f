resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
  count         = 2

  tags = {
    Name = "web"
  }
}
