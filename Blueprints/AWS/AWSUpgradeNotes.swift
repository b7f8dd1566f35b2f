import Scaffold

/// The breaking changes of each major of `wandb/wandb/aws`: what a configuration
/// moving up to it must do, and what moving back below it risks.
enum AWSUpgradeNotes {
  /// The `wandb/wandb/aws` majors, from the module's CHANGELOG and upgrade guides.
  static let majors: [MajorUpgradeNote] = [
    MajorUpgradeNote(
      module: "wandb/wandb/aws", major: 2, title: "AWS provider upgrade (~> 3.60 to ~> 4.0)",
      requirements: [
        "set the aws provider to version \"~> 4.0\" in required_providers",
        "from 2.1.0 the input eks_cluster_version is required (it lost its default)",
      ],
      downgradeRisks: ["1.x needs the aws provider ~> 3.60; the state was written by provider 4.x"],
      reference: "terraform-aws-wandb CHANGELOG 2.0.0 (#116)"),
    MajorUpgradeNote(
      module: "wandb/wandb/aws", major: 3, title: "the AWS Load Balancer Controller is deployed into the cluster",
      requirements: ["no input changes (\"No changes required by you\"); review the plan for the new controller"],
      downgradeRisks: ["the load balancer controller and the resources it manages are removed"],
      reference: "terraform-aws-wandb CHANGELOG 3.0.0 (#147)"),
    MajorUpgradeNote(
      module: "wandb/wandb/aws", major: 4,
      title: "the W&B operator deploys W&B Server; the wandb_app module must go",
      requirements: [
        "remove module \"wandb_app\" (wandb/wandb/kubernetes): the plan destroys its deployment, config map, secret and services",
        "add the required license input to the aws module",
        "configure a helm provider next to the kubernetes provider",
        "wandb_version is no longer set in Terraform: the operator takes it from W&B's release channel; pin it in the W&B System Console",
        "the cluster needs egress to deploy.wandb.ai",
      ],
      downgradeRisks: ["the operator, its chart and the WeightsAndBiases resource are destroyed; wandb_app must be restored"],
      reference: "terraform-aws-wandb docs/operator-migration (#154)"),
    MajorUpgradeNote(
      module: "wandb/wandb/aws", major: 5, title: "autoscaling and EKS 1.29; node-count inputs renamed",
      requirements: [
        "replace kubernetes_node_count with kubernetes_min_nodes_per_az and kubernetes_max_nodes_per_az",
        "the output cluster_id became cluster_name: update data sources that read module.<name>.cluster_id",
        "remove enable_dummy_dns and enable_operator_alb; 5.1.0 also removed ssl_policy, network_public_subnets, database_binlog_format, database_innodb_lru_scan_depth and app_wandb_env",
        "size now defaults to \"small\" and fills instance types from the preset",
        "the outputs internal_app_port and eks_node_count were removed",
      ],
      downgradeRisks: ["the renamed inputs and outputs must be renamed back"],
      reference: "terraform-aws-wandb CHANGELOG 5.0.0 (#301)"),
    MajorUpgradeNote(
      module: "wandb/wandb/aws", major: 6, title: "helm-wandb 2.0; Terraform 1.9 or later",
      requirements: [
        "set required_version to \"~> 1.9\" (the module requires Terraform ~> 1.9)",
        "the helm-wandb 2.0 releases moved to count with moved blocks of their own; its migrate-state.sh is not needed (it would move the other helm releases too)",
      ],
      downgradeRisks: ["helm-wandb 1.x has no moved blocks back: the operator releases would be replaced"],
      reference: "terraform-aws-wandb CHANGELOG 6.0.0 (#315)"),
    MajorUpgradeNote(
      module: "wandb/wandb/aws", major: 7, title: "a default bucket is always created (create_bucket removed)",
      requirements: [
        "remove create_bucket; a moved block turns module.file_storage[0] into module.file_storage",
        "read the plan: the bucket must be moved, never destroyed",
      ],
      downgradeRisks: ["applying a version older than 7.0 after 7.x may DELETE the file-storage bucket"],
      reference: "terraform-aws-wandb CHANGELOG 7.0.0 (#312)"),
    MajorUpgradeNote(
      module: "wandb/wandb/aws", major: 8, title: "EKS module v17 to v20; AWS provider ~> 5.95",
      requirements: [
        "set the aws provider to version \"~> 5.95\"",
        "set the new required input kubernetes_legacy_cluster_creator_admin (true when upgrading an existing cluster)",
        "state migration: 16 moved blocks (the README says twelve) plus a two-step aws-auth retirement (preserve_aws_auth_configmap true, then false)",
        "the kubernetes and helm providers read the cluster from the module's cluster_endpoint and cluster_certificate_authority_data outputs, not data \"aws_eks_cluster\"",
        "node groups are replaced (AL2 to AL2023): the EC2 quota must allow twice the nodes",
        "kubernetes_map_accounts must be []",
      ],
      downgradeRisks: ["the EKS state moves cannot be undone by applying 7.x; restore from a state backup"],
      reference: "terraform-aws-wandb docs/v8-upgrade-guide.md (#380)"),
  ]
}
