output "x" {
  value       = aws_instance.web.id
  sensitive   = true
  description = "id"
  precondition {
    condition     = length(var.x) > 0
    error_message = "empty"
  }
}
