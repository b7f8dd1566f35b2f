import Scaffold

/// What `plan-review` flags in a plan of `wandb/wandb/aws`: the resource types
/// that hold W&B's data, the cluster, and what the 7.x → 8.x step replaces.
enum AWSPlanResources {
  /// The sentence of what the 8.0 step (EKS module v17 to v20) is known to replace.
  static let nodeGroupStep = PlanResourceTable.Entry(
    .expectedReplacement,
    "expected in the 7.x → 8.x step: node groups are replaced; EC2 quota must cover twice the nodes briefly")

  /// The table.
  static let table = PlanResourceTable(
    types: [
      "aws_rds_cluster": PlanResourceSentences.database("the Aurora cluster"),
      "aws_rds_cluster_instance": .init(
        .holdsData,
        "it serves the W&B database: while it is gone or being replaced W&B may not reach its data, and a cluster without instances serves nothing"
      ),
      "aws_db_instance": PlanResourceSentences.database("the RDS instance"),
      "aws_s3_bucket": PlanResourceSentences.files("the S3 bucket"),
      "aws_kms_key": PlanResourceSentences.key("the KMS key"),
      "aws_elasticache_replication_group": PlanResourceSentences.cache("the ElastiCache replication group"),
      "aws_eks_cluster": PlanResourceSentences.cluster("the EKS cluster"),
      "aws_eks_node_group": nodeGroupStep,
      "aws_launch_template": nodeGroupStep,
    ],
    // terraform-aws-modules/eks v20 (wandb/wandb/aws 8.x) keeps each managed node
    // group, with its launch template, IAM role and security group, in this submodule.
    moduleCalls: ["eks_managed_node_group": nodeGroupStep])
}
