import Scaffold

/// The AWS lines' answers, typed: the accessors the blueprints render from, and
/// what the lines complete after validation (sizing, the S3 backend, pins).
extension Answers {
  typealias Q = AWSLine.Q

  /// The Route53 hosted zone id for `domainName`.
  var zoneID: String { string(Q.zoneID) ?? "" }
  /// The AWS region.
  var region: String { string(Q.region) ?? "" }
  /// IPv6 blocks allowed to reach the load balancer.
  var allowedIPv6CIDRs: [String] { strings(Q.ipv6CIDR) }
  /// Public IPv4 blocks from which Terraform reaches the EKS API endpoint.
  var eksAPICIDRs: [String] { strings(Q.apiCIDR) }
  /// The EKS Kubernetes minor version.
  var eksClusterVersion: String { string(Q.clusterVersion) ?? "" }
  /// Whether to create an ElastiCache Redis.
  var redis: Bool { isOn(Q.redis) }
  /// Whether to create an SQS queue for bucket notifications.
  var sqs: Bool { isOn(Q.sqs) }
  /// The user's own S3 bucket, if any.
  var ownBucket: String? { string(Q.bucket).flatMap { $0.isEmpty ? nil : $0 } }
  /// The KMS key of the own bucket, if any.
  var ownBucketKMSKey: String? { string(Q.bucketKMSKey).flatMap { $0.isEmpty ? nil : $0 } }
  /// The S3 state backend, if a state bucket was given.
  var s3Backend: S3Backend? {
    string(Q.stateBucket).map {
      S3Backend(bucket: $0, key: string(Q.stateKey) ?? "wandb/terraform.tfstate", lockTable: string(Q.lockTable))
    }
  }
  /// Whether the state backend locks with an S3 lock file (no DynamoDB table).
  var usesLockFile: Bool { s3Backend.map { $0.lockTable == nil } ?? false }
}

/// The S3 state backend: bucket, key and optional DynamoDB lock table.
struct S3Backend: Sendable, Equatable {
  var bucket: String
  var key: String
  /// nil locks with an S3 lock file (`use_lockfile`, Terraform >= 1.10).
  var lockTable: String?
}

/// The completion both AWS lines share.
enum AWSCompletion {
  /// The reference architecture's AWS machine types ("Sizing" table).
  static func reference(_ workload: Workload, _ environment: Environment) -> Sizing {
    let node: String
    switch (workload, environment) {
    case (.models, .dev): node = "r6i.large"
    case (.weave, .dev), (.both, .dev): node = "r6i.xlarge"
    case (.models, .prod): node = "r6i.2xlarge"
    case (.weave, .prod), (.both, .prod): node = "r6i.4xlarge"
    }
    return Sizing(
      nodeMachineTypes: [node], databaseClass: environment == .dev ? "db.r6g.large" : "db.r6g.2xlarge",
      origin: Sizing.referenceOrigin(workload, environment))
  }

  /// The aws module's size presets (8.x `deployment-size.tf`): database class and node type.
  static let presets = [
    SizePreset("small", database: "db.r6g.large", node: "r6i.2xlarge"),
    SizePreset("medium", database: "db.r6g.xlarge", node: "r6i.4xlarge"),
    SizePreset("large", database: "db.r6g.2xlarge", node: "r6i.4xlarge"),
    SizePreset("xlarge", database: "db.r6g.4xlarge", node: "r6i.4xlarge"),
    SizePreset("xxlarge", database: "db.r6g.8xlarge", node: "r6i.4xlarge"),
  ]

  /// Sizing from the workload and explicit sizes; on a line with a size preset,
  /// the preset that matches the database class unless `--size` was explicit.
  static func complete(_ a: inout Answers, explicit: Set<String>) -> [AnswerProblem] {
    ReferenceSizing.complete(
      &a, explicit: explicit, nodes: a.strings(AWSLine.Q.nodeTypes), database: a.string(AWSLine.Q.databaseClass),
      presets: presets, reference: reference)
    if a.string(AWSLine.Q.stateBucket) != nil { a.set(AWSLine.Q.backend, "s3") }
    return OwnBucket.resolveQueue(
      &a, bucket: AWSLine.Q.bucket, queue: AWSLine.Q.sqs, explicit: explicit,
      why: "the aws module uses the internal queue whenever bucket_name is set, so no SQS queue would be created")
  }

  /// Why `value` of the EKS version question is outside `supported`, if it is.
  static func unsupportedClusterVersion(_ id: String, _ value: String, supported: ClosedRange<Int>, line: String) -> String? {
    guard id == AWSLine.Q.clusterVersion, let minor = Int(value.split(separator: ".").last ?? ""), !supported.contains(minor)
    else { return nil }
    return "EKS \(value) is outside the range blueprint \(line) supports (1.\(supported.lowerBound)-1.\(supported.upperBound))"
  }

  /// The pins in effect: an S3 backend that locks with a lock file needs
  /// Terraform 1.10, so the default Terraform pin is raised to that floor then.
  static func pins(_ defaults: [PinKey: String], _ a: Answers) -> [PinKey: String] {
    var pins = defaults.merging(a.pins.filter { defaults[$0.key] != nil }) { _, new in new }
    if a.usesLockFile, a.pins[.terraform] == nil, let current = pins[.terraform],
      Scaffolder.admitsTerraform(olderThan: "1.10.0", current)
    {
      pins[.terraform] = ">= 1.10, < 2.0"
    }
    return pins
  }
}
