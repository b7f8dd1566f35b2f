import HCL
import Scaffold

/// The pieces both AWS lines write the same way: the shared variables and module
/// arguments, sizing, and `versions.tf` with the aws provider and the S3 backend.
enum AWSParts {
  /// The shared variables every AWS blueprint declares, from `answers`.
  static func commonVariables(_ a: Answers) -> [VariableSpec] {
    [
      VariableSpec(
        "namespace", type: "string", description: "Prefix of every AWS resource name (lowercase, DNS-safe).",
        value: .string(a.namespace)),
      VariableSpec("region", type: "string", description: "AWS region to deploy into.", value: .string(a.region)),
      VariableSpec(
        "domain_name", type: "string", description: "Domain of the W&B URL; its Route53 zone is zone_id.",
        value: .string(a.domainName)),
      BlueprintParts.subdomainVariable(a),
      VariableSpec(
        "zone_id", type: "string", description: "Route53 hosted zone id in which DNS and certificate records are created.",
        value: .string(a.zoneID)),
      VariableSpec(
        "allowed_inbound_cidr", type: "list(string)",
        description: "IPv4 CIDR blocks allowed to reach W&B.",
        nonNullable: true, value: .strings(a.allowedCIDRs)),
      VariableSpec(
        "allowed_inbound_ipv6_cidr", type: "list(string)", description: "IPv6 CIDR blocks allowed to reach W&B.",
        nonNullable: true, value: .strings(a.allowedIPv6CIDRs)),
      VariableSpec(
        "kubernetes_public_access_cidrs", type: "list(string)",
        description: "Public IPv4 CIDRs from which Terraform reaches the EKS API; narrow it to your runners' addresses.",
        nonNullable: true, value: .strings(a.eksAPICIDRs)),
      VariableSpec(
        "eks_cluster_version", type: "string",
        description: "EKS Kubernetes minor version; upgrade one minor at a time.", value: .string(a.eksClusterVersion)),
    ] + bucketVariables(a) + [BlueprintParts.licenseVariable(a)]
  }

  /// The own bucket's variables, when there is one.
  private static func bucketVariables(_ a: Answers) -> [VariableSpec] {
    guard let bucket = a.ownBucket else { return [] }
    var specs = [
      VariableSpec(
        "bucket_name", type: "string", description: "Your existing S3 bucket for W&B files (the module uses the internal queue).",
        value: .string(bucket))
    ]
    if let key = a.ownBucketKMSKey {
      specs.append(
        VariableSpec("bucket_kms_key_arn", type: "string", description: "ARN of the KMS key that encrypts bucket_name.", value: .string(key)))
    }
    return specs
  }

  /// The module arguments of an own bucket, after a blank line; `createBucketInput`
  /// lines (aws 2.x) also stop the module creating a bucket nobody uses.
  static func bucketArguments(_ a: Answers, createBucketInput: Bool) -> [Item] {
    guard a.ownBucket != nil else { return [] }
    var items: [Item] = [BlankLine, Comment("Your own bucket (--bucket): W&B stores its files there, on the internal queue.")]
    items.append(Attribute("bucket_name", .reference("var.bucket_name")))
    if a.ownBucketKMSKey != nil { items.append(Attribute("bucket_kms_key_arn", .reference("var.bucket_kms_key_arn"))) }
    if createBucketInput { items.append(Attribute("create_bucket", .bool(false))) }
    return items
  }

  /// The default tags of the aws provider.
  static let defaultTags: [ObjectEntry] = [
    ObjectEntry("Namespace", .reference("var.namespace")),
    ObjectEntry("ManagedBy", .string("terraform")),
    ObjectEntry("GeneratedBy", .string("wbscaffold")),
  ]

  /// Sizing and deletion-protection arguments for the infrastructure module.
  ///
  /// `sizeBlueprint` lines choose a size preset elsewhere and only override what
  /// the preset gets wrong; app lines set node and database sizes directly.
  static func sizingArguments(_ a: Answers, sizeBlueprint: Bool) -> [Item] {
    var items: [Item] = []
    if let sizing = a.sizing {
      var nodes = sizing.nodeMachineTypes
      var database = sizing.databaseClass
      if sizeBlueprint {
        let preset = SizePreset.matching(database: sizing.databaseClass, in: AWSCompletion.presets)
        let chosen = AWSCompletion.presets.first { $0.size == (a.size ?? preset?.size) }
        if chosen?.node == nodes.first && nodes.count == 1 { nodes = [] }
        if chosen?.database == database { database = "" }
      }
      if !nodes.isEmpty || !database.isEmpty { items.append(Comment("Sizing: \(sizing.origin).")) }
      if !nodes.isEmpty { items.append(Attribute("kubernetes_instance_types", .strings(nodes))) }
      if !database.isEmpty { items.append(Attribute("database_instance_class", .string(database))) }
    }
    items += BlueprintParts.deletionProtection(a)
    return items
  }

  /// The module arguments both AWS lines share.
  static func commonModuleArguments(_ a: Answers) -> [Item] {
    [
      Attribute("namespace", .reference("var.namespace")),
      Attribute("domain_name", .reference("var.domain_name")),
      Attribute("subdomain", .reference("var.subdomain")),
      Attribute("zone_id", .reference("var.zone_id")),
      BlankLine,
      Attribute("allowed_inbound_cidr", .reference("var.allowed_inbound_cidr")),
      Attribute("allowed_inbound_ipv6_cidr", .reference("var.allowed_inbound_ipv6_cidr")),
    ]
  }

  /// `versions.tf`: Terraform, the providers, the S3 backend if any, and the aws provider.
  static func versions(_ a: Answers, providers: [ProviderSpec], pins: [PinKey: String], blueprint: String) -> Document {
    let backend = a.s3Backend.map { b in
      BackendBlock(
        type: "s3", comment: "Remote state; the bucket must exist before `terraform init`.",
        items: [
          Attribute("bucket", .string(b.bucket)), Attribute("key", .string(b.key)),
          Attribute("region", .string(a.region)), Attribute("encrypt", .bool(true)),
        ]
          + (b.lockTable.map { [Attribute("dynamodb_table", .string($0))] }
            ?? [Comment("S3 native state locking (Terraform >= 1.10)."), Attribute("use_lockfile", .bool(true))]))
    }
    return BlueprintParts.versions(
      purpose: "Terraform and provider versions, and the AWS provider.", providers: providers, pins: pins,
      blueprint: blueprint, backend: backend,
      providerBlocks: [
        Block("provider", "aws") {
          Attribute("region", .reference("var.region"))
          BlankLine
          Block("default_tags") {
            Attribute("tags", .object(defaultTags))
          }
        }
      ])
  }
}
