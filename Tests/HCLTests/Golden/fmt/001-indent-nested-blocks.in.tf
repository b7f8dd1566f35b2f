resource "aws_instance" "web" {
ami = "ami-123"
      network_interface {
device_index = 0
            ebs {
    size = 10
}
}
        }
