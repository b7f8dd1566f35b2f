region = "us-east-1"
tags = {
  Team = "ml"
}
