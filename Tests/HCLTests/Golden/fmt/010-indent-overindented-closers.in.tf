resource "a" "b" {
    tags = {
        Name = "x"
            }
            }
