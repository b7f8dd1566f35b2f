/// What a generated configuration deploys, its versions and what deserves a
/// second look: shown by the wizard, written into the generated README and
/// printed by `init --json`.
public struct DeploymentSummary: Sendable {
  /// The blueprint id.
  public var blueprint: String
  /// The blueprint's one-line summary.
  public var blueprintSummary: String
  /// The W&B URL.
  public var url: String
  /// Version pins in effect, by what they pin.
  public var pins: [(key: PinKey, value: String)]
  /// Whether ElastiCache Redis is created.
  public var redis: Bool
  /// Whether an SQS queue is created.
  public var sqs: Bool
  /// Whether that queue reaches W&B (false: created but unused).
  public var queueReadByApp: Bool
  /// The W&B version (app blueprints) or nil.
  public var wandbVersion: String?
  /// The size preset (operator blueprints) or nil.
  public var size: String?
  /// Node and database sizes, when chosen.
  public var sizing: Sizing?
  /// The remote backend, if any.
  public var backend: Backend?
  /// Whether RDS/S3 deletion protection stays on.
  public var deletionProtection: Bool
  /// Things that are allowed but deserve attention.
  public var warnings: [String]
  /// What each toggle costs or changes, one line each.
  public var toggleNotes: [String]
  /// Known first-apply failures of the module line and their fixes (README only).
  public var troubleshooting: [String]

  /// Builds the summary for `answers` rendered with `blueprint`.
  public init(answers a: Answers, blueprint: any Blueprint) {
    self.blueprint = blueprint.id
    self.blueprintSummary = blueprint.summary
    self.url = "https://\(a.fqdn)"
    let pins = Scaffolder.pins(for: blueprint, answers: a)
    self.pins = pins.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    self.redis = a.redis
    self.sqs = a.sqs
    self.queueReadByApp = a.sqs && blueprint.passesQueueToApp
    self.wandbVersion = a.wandbVersion
    self.size = a.size
    self.sizing = a.sizing
    self.backend = a.backend
    self.deletionProtection = a.environment != .dev

    var warnings: [String] = []
    if a.allowedCIDRs.contains(where: { CIDR(ipv4: $0)?.isWholeInternet == true }) {
      warnings.append("0.0.0.0/0 in allowed_inbound_cidr: W&B is reachable from the whole IPv4 internet")
    }
    if a.allowedIPv6CIDRs.contains(where: { CIDR(ipv6: $0)?.isWholeInternet == true }) {
      warnings.append("::/0 in allowed_inbound_ipv6_cidr: W&B is reachable from the whole IPv6 internet")
    }
    if a.eksAPICIDRs.contains(where: { CIDR(ipv4: $0)?.isWholeInternet == true }) {
      warnings.append(
        "the EKS API endpoint is public so Terraform can reach it, and kubernetes_public_access_cidrs allows 0.0.0.0/0 (IAM still authenticates): narrow it to your runners' addresses with --eks-api-cidr")
    }
    warnings += blueprint.warnings(for: a)
    if a.wandbVersion == "latest" {
      warnings.append("wandb_version is \"latest\": every apply may change the W&B version; pin a release for production")
    }
    if let minor = Int(a.eksClusterVersion.split(separator: ".").last ?? ""),
      !blueprint.supportedEKSVersions.contains(minor)
    {
      warnings.append(
        "EKS \(a.eksClusterVersion) is outside the range this module line is known to support (1.\(blueprint.supportedEKSVersions.lowerBound)-1.\(blueprint.supportedEKSVersions.upperBound))"
      )
    }
    if a.usesLockFile, let pin = pins[.terraform], Scaffolder.allowsTerraformWithoutLockFile(pin) {
      warnings.append(
        "the state backend locks with use_lockfile, which needs Terraform 1.10 or later, but the Terraform pin '\(pin)' allows older releases (or add --lock-table)")
    }
    if a.backend == nil {
      warnings.append("no remote backend: the state stays in a local file, which is for trials only (--backend s3)")
    }
    if a.environment == .dev {
      warnings.append("deletion_protection is off (--environment dev): the database and bucket can be destroyed")
    }
    self.warnings = warnings

    var notes: [String] = []
    notes.append(
      a.redis
        ? "Redis on: an ElastiCache node (billed hourly) caches queries for faster dashboards"
        : "Redis off: no ElastiCache; dashboards query the database directly")
    notes.append(
      !a.sqs
        ? "SQS off: the app's built-in queue handles bucket notifications; no SQS resources"
        : blueprint.passesQueueToApp
          ? "SQS on: a queue receives bucket notifications; the app reads it (no performance gain over the built-in queue)"
          : "SQS on: a queue receives bucket notifications, but this module line never passes it to W&B, so it goes unused")
    self.toggleNotes = notes
    self.troubleshooting = blueprint.troubleshooting(for: a)
  }
}
