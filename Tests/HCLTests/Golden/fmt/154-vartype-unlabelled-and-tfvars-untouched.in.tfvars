type = list
typ = "string"
