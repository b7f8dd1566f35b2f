output "url" {
value = module.wandb_infra.url
description = "The URL to the W&B application"
}

output "bucket_name" {
value = module.wandb_infra.bucket_name
}

output "cluster_node_role" {
value = "${module.wandb_infra.cluster_node_role}"
}

output "standardized_size" {
value = var.size
}
