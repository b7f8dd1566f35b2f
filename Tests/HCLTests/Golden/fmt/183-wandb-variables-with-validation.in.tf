variable "namespace" {
type = string
description = "String used for prefix resources."
}

variable "domain_name" {
type = string
default = null
description = "Domain for accessing the Weights & Biases UI."
}

variable "size" {
default = "small"
description = "Deployment size"
nullable = true
type = string
validation {
condition = contains(["small", "medium", "large", "xlarge"], var.size)
error_message = "Invalid size: ${var.size}"
}
}

variable "allowed_inbound_cidr" {
default = ["0.0.0.0/0"]
nullable = false
type = list(string)
}

variable "other_wandb_env" {
type = map
description = "Extra environment variables for W&B"
default = {}
}

variable "legacy" {
type = "list"
}
