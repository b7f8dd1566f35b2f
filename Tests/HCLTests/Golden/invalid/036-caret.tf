a = x ^ y
