resource aws_instance foo {}
module vpc {
  source = "./vpc"
}
data aws-ami my-ami {}
