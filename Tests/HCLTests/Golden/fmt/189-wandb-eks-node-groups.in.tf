module "eks" {
source = "terraform-aws-modules/eks/aws"
version = "~> 19.0"
cluster_name = "${var.namespace}-cluster"
cluster_version = var.cluster_version
vpc_id = var.network_id
subnet_ids = var.network_private_subnets
eks_managed_node_groups = {
primary = {
min_size = var.min_nodes
max_size = var.max_nodes
desired_size = var.desired_nodes
instance_types = var.instance_types
disk_size = 100
labels = { role = "primary" }
taints = [{
key = "dedicated"
value = "wandb"
effect = "NO_SCHEDULE"
}]
}
}
tags = merge(var.tags, { "karpenter.sh/discovery" = var.namespace })
}
