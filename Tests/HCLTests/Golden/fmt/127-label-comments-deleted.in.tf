resource "a" /* c */ "b" {}
resource /* x */ "c" "d" /* y */ {}
