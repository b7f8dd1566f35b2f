resource "x" "y" {           # r
  ami           = "a"        # ami
  instance_type = "t3.micro" # type
}                            # end
b {                          # c
  a = 1                      # x
}                            # end
