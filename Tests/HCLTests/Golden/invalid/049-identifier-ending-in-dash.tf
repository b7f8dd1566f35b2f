c = x- 1
