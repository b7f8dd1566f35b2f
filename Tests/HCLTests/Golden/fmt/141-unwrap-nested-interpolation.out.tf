a = "${x}"
b = "a${x}b"
