import Blueprints
import HCL
import Testing

@testable import Scaffold

/// The reviewer on the hand-written fixtures, with the module lines' real table
/// (`BlueprintCatalog.planResources`).
@Suite struct PlanReviewerTests {
  let reviewer = PlanReviewer(table: BlueprintCatalog.planResources)

  func review(_ fixture: String) throws -> PlanReview {
    try reviewer.review(try PlanFixture.bytes(fixture), path: "plan.json")
  }

  @Test func theAws7To8StepReplacesNodeGroupsAndLosesNoData() throws {
    let review = try review("aws-7-to-8-node-groups")
    #expect(
      review.changes.map(\.line) == [
        #"module.wandb_infra.module.app_eks.aws_launch_template.workers["primary"]: replaced (cannot update in place: name_prefix; new one created first)"#,
        #"module.wandb_infra.module.app_eks.aws_security_group_rule.workers_ingress_cluster: destroyed (no longer in the configuration)"#,
        #"module.wandb_infra.module.app_eks.module.eks.module.eks_managed_node_group["primary"].aws_iam_role.this[0]: replaced (cannot update in place: name_prefix; new one created first)"#,
        #"module.wandb_infra.module.app_eks.module.eks.module.node_groups.aws_eks_node_group.workers["primary"]: destroyed (its module is no longer in the configuration)"#,
      ])
    // The launch template and node group by type, the IAM role by its submodule;
    // the security group rule is listed but the table says nothing about it.
    #expect(review.findings.map(\.rule) == Array(repeating: .planExpectedReplacement, count: 3))
    #expect(review.findings.allSatisfy { $0.severity == .note && $0.path == "plan.json" && $0.position == nil })
    #expect(review.categories == [.expectedReplacement, nil, .expectedReplacement, .expectedReplacement])
    #expect(
      review.findings[0].message
        == #"module.wandb_infra.module.app_eks.aws_launch_template.workers["primary"] would be replaced: expected in the 7.x → 8.x step: node groups are replaced; EC2 quota must cover twice the nodes briefly"#
    )
    #expect(review.findings[0].notes.map(\.text) == ["reason: cannot update in place: name_prefix; new one created first"])
    #expect(!review.losesData)
  }

  @Test func destroyingTheDatabaseIsAnError() throws {
    let review = try review("rds-destroyed")
    #expect(review.changes.map(\.type) == ["aws_rds_cluster", "aws_rds_cluster_instance"], "the in-place update is not listed")
    #expect(review.findings.map(\.rule) == [.planDestroysData, .planDestroysData])
    #expect(review.findings.map(\.subject) == [
      "module.wandb_infra.module.database.aws_rds_cluster.this[0]", #"module.wandb_infra.module.database.aws_rds_cluster_instance.this["1"]"#,
    ])
    #expect(
      review.findings[0].message
        == "module.wandb_infra.module.database.aws_rds_cluster.this[0] would be destroyed: the Aurora cluster holds the W&B database (users, projects, runs and their metadata); without a backup you keep, it is gone"
    )
    #expect(review.findings[0].notes.map(\.text) == ["reason: count index out of range"])
    #expect(review.findings[0].hint?.hasPrefix("do not apply this plan") == true)
    #expect(review.losesData && review.count(.error) == 2)
  }

  @Test func aReplacedBucketIsAnErrorAndAReplacedClusterAWarning() throws {
    let review = try review("bucket-replaced")
    #expect(
      review.changes.map(\.line) == [
        "module.wandb.module.app_gke.google_container_cluster.default: replaced (requested with -replace)",
        "module.wandb.module.storage.google_storage_bucket.file_storage: replaced (cannot update in place: location)",
      ])
    #expect(review.findings.map(\.rule) == [.planReplaces, .planDestroysData])
    #expect(review.findings.map(\.severity) == [.warning, .error])
    #expect(review.findings[1].message.hasSuffix("would be replaced: the Cloud Storage bucket holds W&B's files (artifacts, media, run files); with force_destroy every object goes with it"))
    #expect(review.losesData)
  }

  @Test func aCreateOnlyPlanListsNothing() throws {
    let review = try review("create-only")
    #expect(review.changes.isEmpty && review.findings.isEmpty && !review.losesData)
    #expect(review.document.resourceChangeCount == 3)
  }

  @Test func anErroredPlanIsFlaggedAsIncomplete() throws {
    let review = try reviewer.review(PlanFixture.plan([], extra: #", "errored": true"#), path: "p.json")
    #expect(review.findings.map(\.rule) == [.planIncomplete])
    #expect(review.findings[0].severity == .warning && !review.losesData)
  }

  /// Every type the brief of `plan-review` names is in the table, in its category.
  @Test func theTableCoversTheDataHoldersOfEveryCloud() {
    let table = BlueprintCatalog.planResources
    let holdsData = [
      "aws_rds_cluster", "aws_rds_cluster_instance", "aws_db_instance", "google_sql_database_instance", "azurerm_mysql_flexible_server",
      "aws_s3_bucket", "google_storage_bucket", "azurerm_storage_account", "azurerm_storage_container", "aws_kms_key",
      "google_kms_crypto_key", "azurerm_key_vault", "azurerm_key_vault_key", "aws_elasticache_replication_group",
      "google_redis_instance", "azurerm_redis_cache",
    ]
    for type in holdsData { #expect(table.types[type]?.category == .holdsData, "\(type)") }
    for type in ["aws_eks_cluster", "google_container_cluster", "azurerm_kubernetes_cluster"] {
      #expect(table.types[type]?.category == .disruptive, "\(type)")
    }
    for type in ["aws_eks_node_group", "aws_launch_template"] { #expect(table.types[type]?.category == .expectedReplacement, "\(type)") }
    #expect(table.moduleCalls["eks_managed_node_group"]?.category == .expectedReplacement)
  }
}
