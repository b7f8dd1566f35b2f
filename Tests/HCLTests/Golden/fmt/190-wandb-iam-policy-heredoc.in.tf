resource "aws_iam_policy" "secrets" {
name = "${var.namespace}-secrets"
policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["secretsmanager:GetSecretValue"],
      "Resource": "${aws_secretsmanager_secret.this.arn}"
    }
  ]
}
EOF
}

resource "aws_iam_role_policy" "node" {
name = "node"
role = aws_iam_role.node.id
policy = jsonencode({
Version = "2012-10-17"
Statement = [
{
Action = ["s3:*"]
Effect = "Allow"
Resource = [
aws_s3_bucket.file_storage.arn,
"${aws_s3_bucket.file_storage.arn}/*",
]
},
]
})
}
