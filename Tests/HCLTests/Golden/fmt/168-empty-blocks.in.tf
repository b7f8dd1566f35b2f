b {
}
c {}
d "x" {

}
