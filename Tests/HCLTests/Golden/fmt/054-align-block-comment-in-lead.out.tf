a            = 1
/* x */ bbbb = 2
cc           = 3
