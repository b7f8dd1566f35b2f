

# header


region = "us-east-1" # r
zone   = "a"         # z

// footer