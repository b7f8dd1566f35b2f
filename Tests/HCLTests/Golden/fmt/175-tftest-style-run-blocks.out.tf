run "check" {
  command = plan
  assert {
    condition     = output.x == "y"
    error_message = "bad"
  }
}
