import HCL

/// What one major version of a W&B module requires from a configuration that moves
/// to it (and what moving back below it risks).
public struct MajorUpgradeNote: Sendable, Equatable {
  /// The registry address, such as `wandb/wandb/aws`.
  public var module: String
  /// The major version, such as 8.
  public var major: Int
  /// One line: what the major changed.
  public var title: String
  /// What the configuration or the operator must do when moving up to this major.
  public var requirements: [String]
  /// What moving back below this major risks.
  public var downgradeRisks: [String]
  /// Where to read more.
  public var reference: String
}

/// The breaking changes of each major version of the W&B modules, from the modules'
/// changelogs and upgrade guides (research notes `modules.md` sections 2.1 and 10.3).
public enum MajorUpgradeNotes {
  /// The notes for every major boundary crossed between `from` and `to`, in the order
  /// they are crossed: majors `from+1 ... to` upwards, `to+1 ... from` downwards (then the
  /// downgrade risks matter). A major without recorded notes gets a generic note.
  /// When `from` is unknown, only the target major's note is returned.
  public static func crossing(_ module: String, from: SemanticVersion?, to: SemanticVersion) -> [MajorUpgradeNote] {
    guard let from else { return [note(module, major: to.major)] }
    if from.major < to.major { return ((from.major + 1)...to.major).map { note(module, major: $0) } }
    if from.major > to.major { return ((to.major + 1)...from.major).reversed().map { note(module, major: $0) } }
    return []
  }

  /// The note for `module`'s major `major` (a generic one when none is recorded).
  public static func note(_ module: String, major: Int) -> MajorUpgradeNote {
    if module == "wandb/wandb/aws", let known = aws.first(where: { $0.major == major }) { return known }
    let name = module.split(separator: "/").last.map(String.init) ?? module
    return MajorUpgradeNote(
      module: module, major: major, title: "\(name) \(major).0: breaking changes not recorded by wbscaffold",
      requirements: ["read the module's CHANGELOG for \(major).0.0 before applying"],
      downgradeRisks: ["moving back below \(major).0 is not described; read the CHANGELOG"],
      reference: "the module's CHANGELOG.md")
  }

  /// The notes as plan notes: warnings for an upgrade, with the downgrade risks when going down.
  static func planNotes(_ notes: [MajorUpgradeNote], downward: Bool, at location: UpgradeLocation?) -> [UpgradeNote] {
    notes.map { note in
      let name = note.module.split(separator: "/").last.map(String.init) ?? note.module
      if downward {
        return UpgradeNote(
          .warning, "moving below \(name) \(note.major).0 (\(note.title))", at: location,
          details: note.downgradeRisks + ["see \(note.reference)"])
      }
      return UpgradeNote(
        .warning, "\(name) \(note.major).0 requires care: \(note.title)", at: location,
        details: note.requirements + ["see \(note.reference)"])
    }
  }

  /// The `wandb/wandb/aws` majors.
  static let aws: [MajorUpgradeNote] = [
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
        "the helm-wandb 2.0 resources moved to count: run the module's migrate-state.sh",
      ],
      downgradeRisks: ["the helm-wandb state moves must be undone by hand"],
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
        "state migration: 12 moved blocks plus a two-step aws-auth retirement (docs/v8-upgrade-guide.md)",
        "node groups are replaced (AL2 to AL2023): the EC2 quota must allow twice the nodes",
        "kubernetes_map_accounts must be []",
      ],
      downgradeRisks: ["the EKS state moves cannot be undone by applying 7.x; restore from a state backup"],
      reference: "terraform-aws-wandb docs/v8-upgrade-guide.md (#380)"),
  ]
}
