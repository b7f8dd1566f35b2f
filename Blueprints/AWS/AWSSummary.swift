import Scaffold

/// How both AWS lines describe what they deploy: the README's choices and
/// diagram, the wizard's summary, the warnings and the toggle notes.
enum AWSSummary {
  /// The summary of `a` on `blueprint`; `passesQueueToApp` is false on a line whose
  /// module never hands the SQS queue to W&B; `lineWarnings` come after the access warnings.
  static func describe(
    _ a: Answers, pins: [PinKey: String], blueprint: any Blueprint, supportedEKSVersions: ClosedRange<Int>,
    passesQueueToApp: Bool, lineWarnings: [String], troubleshooting: [String]
  ) -> DeploymentSummary {
    typealias S = DeploymentSummary.Setting
    var settings: [S] = []
    if let sizing = a.sizing {
      // On a line with a size preset, say when the sizing wins over the preset's own value.
      let preset = a.size.flatMap { size in AWSCompletion.presets.first { $0.size == size } }
      func over(_ presetValue: String?, _ value: String) -> String {
        guard let presetValue, let size = a.size, presetValue != value else { return "" }
        return ", over the \(size) preset's \(presetValue)"
      }
      if !sizing.nodeMachineTypes.isEmpty {
        let suffix = over(preset?.node, sizing.nodeMachineTypes.joined(separator: ", "))
        settings.append(
          .codes("node instance types", sizing.nodeMachineTypes, suffix: " (\(sizing.origin)\(suffix))", jsonKey: "nodeInstanceTypes"))
      }
      if !sizing.databaseClass.isEmpty {
        let suffix = over(preset?.database, sizing.databaseClass)
        settings.append(
          .code("database instance class", sizing.databaseClass, suffix: " (\(sizing.origin)\(suffix))", jsonKey: "databaseInstanceClass"))
      }
    }
    settings.append(.toggle("ElastiCache Redis", a.redis, jsonKey: "redis"))
    settings.append(.toggle("SQS queue", a.sqs, jsonKey: "sqs"))
    if let bucket = a.ownBucket {
      let key = a.ownBucketKMSKey.map { ", encrypted with `\($0)`" } ?? ""
      settings.append(
        S("S3 bucket", markdown: "`\(bucket)` (yours\(key))", text: bucket + " (yours)", jsonKey: "bucket", json: .string(bucket)))
    }
    let backend = a.s3Backend.map { b in
      let locking = b.lockTable.map { "DynamoDB table `\($0)`" } ?? "S3 lock file (Terraform >= 1.10)"
      return S("state", markdown: "S3 `s3://\(b.bucket)/\(b.key)`, locking with \(locking)", text: "s3://\(b.bucket)/\(b.key)",
        jsonKey: "backend", json: .string("s3://\(b.bucket)/\(b.key)"))
    }

    var warnings: [String] = []
    warnings += [
      DeploymentSummary.wholeInternetWarning(a.allowedCIDRs, variable: "allowed_inbound_cidr"),
      DeploymentSummary.wholeInternetWarning(a.allowedIPv6CIDRs, variable: "allowed_inbound_ipv6_cidr", ipv6: true),
    ].compactMap { $0 }
    if a.eksAPICIDRs.contains(where: { CIDR(ipv4: $0)?.isWholeInternet == true }) {
      warnings.append(
        "the EKS API endpoint is public so Terraform can reach it, and kubernetes_public_access_cidrs allows 0.0.0.0/0 (IAM still authenticates): narrow it to your runners' addresses with --eks-api-cidr")
    }
    warnings += lineWarnings
    if let floating = DeploymentSummary.floatingVersionWarning(a) { warnings.append(floating) }
    if let minor = Int(a.eksClusterVersion.split(separator: ".").last ?? ""), !supportedEKSVersions.contains(minor) {
      warnings.append(
        "EKS \(a.eksClusterVersion) is outside the range this module line is known to support (1.\(supportedEKSVersions.lowerBound)-1.\(supportedEKSVersions.upperBound))"
      )
    }
    if a.usesLockFile, let pin = pins[.terraform], Scaffolder.admitsTerraform(olderThan: "1.10.0", pin) {
      warnings.append(
        "the state backend locks with use_lockfile, which needs Terraform 1.10 or later, but the Terraform pin '\(pin)' allows older releases (or add --lock-table)")
    }
    if backend == nil { warnings.append(DeploymentSummary.localStateWarning(advice: "--backend s3")) }
    if let off = DeploymentSummary.deletionProtectionWarning(a) { warnings.append(off) }

    let notes = [
      a.redis
        ? "Redis on: an ElastiCache node (billed hourly) caches queries for faster dashboards"
        : "Redis off: no ElastiCache; dashboards query the database directly",
      !a.sqs
        ? "SQS off: the app's built-in queue handles bucket notifications; no SQS resources"
        : passesQueueToApp
          ? "SQS on: a queue receives bucket notifications; the app reads it (no performance gain over the built-in queue)"
          : "SQS on: a queue receives bucket notifications, but this module line never passes it to W&B, so it goes unused",
    ]
    var summary = DeploymentSummary(
      blueprint: blueprint, answers: a, pins: pins, title: "W&B Server on AWS", settings: settings, backend: backend,
      remoteStateAdvice: "`wbscaffold init --force --backend s3 --state-bucket <bucket>` (the bucket must exist)",
      warnings: warnings, notes: notes, troubleshooting: troubleshooting, manualSteps: manualSteps(a),
      diagram: diagram(a, queueReadByApp: a.sqs && passesQueueToApp),
      filePurposes: ["versions.tf": "Terraform and provider versions, the AWS provider and the state backend"])
    summary.reviewed = [
      .code("namespace", a.namespace, jsonKey: "namespace"), .code("region", a.region, jsonKey: "region"),
      .codes("allowed CIDRs", a.allowedCIDRs + a.allowedIPv6CIDRs, jsonKey: "allowedCidrs"),
      .codes("EKS API CIDRs", a.eksAPICIDRs, jsonKey: "eksApiCidrs"),
    ]
    return summary
  }

  /// What an own bucket needs before the first apply (nothing without one).
  static func manualSteps(_ a: Answers) -> [String] {
    guard let bucket = a.ownBucket else { return [] }
    return OwnBucket.requirements(
      bucket: bucket, host: "https://\(a.fqdn)",
      encryption: a.ownBucketKMSKey.map {
        "objects are encrypted with the KMS key `\($0)`; its key policy must let the account's IAM roles use it "
          + "(the module then grants the EKS node role the key)"
      } ?? "the bucket's default encryption (SSE-S3) applies; give --bucket-kms-key-arn if it uses a KMS key",
      access: "the module grants the EKS node role read and write on the bucket; a bucket of another account "
        + "also needs a bucket policy for that role")
  }

  /// A Mermaid flowchart of the deployment; Redis and SQS appear only when enabled,
  /// and a queue W&B never reads has no edge to the cluster.
  static func diagram(_ a: Answers, queueReadByApp: Bool) -> [String] {
    var lines = [
      "flowchart LR",
      "  users([Users and SDKs]) -->|HTTPS| alb[Application Load Balancer]",
      "  dns[Route53 zone] -.->|DNS and certificate| alb",
      "  alb --> eks[EKS cluster: W&B Server]",
      "  eks --> rds[(Aurora MySQL)]",
      a.ownBucket.map { "  eks --> s3[(S3 bucket \($0), yours)]" } ?? "  eks --> s3[(S3 bucket)]",
    ]
    if a.redis { lines.append("  eks --> redis[(ElastiCache Redis)]") }
    if queueReadByApp {
      lines.append("  s3 -->|object events| sqs[[SQS queue]]")
      lines.append("  sqs --> eks")
    } else if a.sqs {
      lines.append("  s3 -->|object events| sqs[[SQS queue, unused by W&B]]")
    }
    return lines
  }
}
