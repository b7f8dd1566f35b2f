import Scaffold

/// How the Google line describes what it deploys: the README's choices and
/// diagram, the wizard's summary, the warnings, the DNS step and the toggle notes.
enum GoogleSummary {
  /// The summary of `a` on `blueprint`.
  static func describe(_ a: Answers, pins: [PinKey: String], blueprint: any Blueprint) -> DeploymentSummary {
    typealias S = DeploymentSummary.Setting
    var settings: [S] = []
    let preset = GoogleCompletion.presets.first { $0.size == (a.size ?? "small") }
    let overrides = ReferenceSizing.overrides(a)
    if let preset {
      let presetNote = " (size preset from google 10.5.4 on; earlier 10.x releases have smaller nodes)"
      let node = overrides?.node.map { ($0, " (\(overrides?.origin ?? ""), written over the preset)") } ?? (preset.node, presetNote)
      let database =
        overrides?.database.map { ($0, " (\(overrides?.origin ?? ""), written over the preset)") }
        ?? (preset.database, " (size preset)")
      settings.append(.code("GKE node machine type", node.0, suffix: node.1, jsonKey: "nodeMachineType"))
      settings.append(.code("Cloud SQL machine type", database.0, suffix: database.1, jsonKey: "databaseMachineType"))
    }
    settings.append(.toggle("Memorystore Redis", a.memorystore, jsonKey: "redis"))
    settings.append(.toggle("Pub/Sub queue", a.pubsub, jsonKey: "pubsub"))
    if let bucket = a.ownGCSBucket {
      settings.append(S("GCS bucket", markdown: "`\(bucket)` (yours)", text: bucket + " (yours)", jsonKey: "bucket", json: .string(bucket)))
    }
    settings.append(
      a.dnsZone.map { .code("DNS A record", $0, suffix: " (Cloud DNS managed zone)", jsonKey: "dnsZone") }
        ?? S("DNS A record", markdown: "by hand", text: "by hand", jsonKey: "dnsZone", json: .string("")))
    let backend = a.gcsBackend.map { b in
      S("state", markdown: "GCS `gs://\(b.bucket)/\(b.prefix)` (locked by GCS)", text: "gs://\(b.bucket)/\(b.prefix)",
        jsonKey: "backend", json: .string("gs://\(b.bucket)/\(b.prefix)"))
    }

    var warnings = [DeploymentSummary.wholeInternetWarning(a.allowedCIDRs, variable: "allowed_inbound_cidrs")].compactMap { $0 }
    if !a.memorystore {
      warnings.append(
        "--no-redis on gcp-v10: the module then hands the operator an empty Redis host; W&B Server requires Redis, so make sure the operator version you run deploys one in the cluster")
    }
    if backend == nil { warnings.append(DeploymentSummary.localStateWarning(advice: "--backend gcs")) }
    if let off = DeploymentSummary.deletionProtectionWarning(a) { warnings.append(off) }

    let notes = [
      a.memorystore
        ? "Redis on: a Memorystore instance (STANDARD_HA, billed hourly) caches queries for faster dashboards"
        : "Redis off: no Memorystore; dashboards query the database directly",
      a.pubsub
        ? "Pub/Sub on: a topic and subscription receive bucket notifications, encrypted with a KMS key the module creates"
        : "Pub/Sub off: the app's built-in queue handles bucket notifications; no Pub/Sub or KMS resources",
    ]
    var summary = DeploymentSummary(
      blueprint: blueprint, answers: a, pins: pins, title: "W&B Server on Google Cloud", settings: settings,
      backend: backend,
      remoteStateAdvice: "`wbscaffold init --force --backend gcs --state-bucket <bucket>` (the bucket must exist)",
      warnings: warnings, notes: notes, troubleshooting: troubleshooting, manualSteps: manualSteps(a),
      diagram: diagram(a),
      filePurposes: ["versions.tf": "Terraform and provider versions, the google providers and the state backend"])
    summary.reviewed = [
      .code("namespace", a.namespace, jsonKey: "namespace"), .code("project", a.project, jsonKey: "project"),
      .code("region", a.googleRegion, jsonKey: "region"),
      .code("zone", a.zone ?? "none (regional)", jsonKey: "zone"),
      .codes("allowed CIDRs", a.allowedCIDRs, jsonKey: "allowedCidrs"),
    ]
    return summary
  }

  /// What to do around the first apply: credentials, and the A record unless Terraform writes it.
  static func manualSteps(_ a: Answers) -> [String] {
    var steps = [
      "Terraform authenticates with Application Default Credentials: `gcloud auth application-default login` "
        + "(or a service account in CI), with the Owner role or equivalent on project `\(a.project)`."
    ]
    if let bucket = a.ownGCSBucket {
      steps += OwnBucket.requirements(
        bucket: bucket, host: "https://\(a.fqdn)",
        encryption: "Google-managed encryption, or a customer-managed key the module's service account may use",
        access: "the module grants its service account `roles/storage.objectAdmin` on the bucket; the module "
          + "still creates its own default bucket, which W&B does not use for files")
    }
    if a.dnsZone == nil {
      steps.append(
        "The module makes no DNS record. After the apply, create an A record for `\(a.fqdn)` pointing at "
          + "`terraform output -raw address` (or re-run with `--dns-zone <managed zone>` to have Terraform write it). "
          + "The managed certificate is issued only once that name resolves, which can take up to an hour.")
    } else {
      steps.append(
        "The A record for `\(a.fqdn)` is written into the managed zone `\(a.dnsZone ?? "")`; the managed certificate "
          + "is issued once it resolves, which can take up to an hour.")
    }
    return steps
  }

  static let troubleshooting = [
    "**`API has not been used in project ... before or it is disabled`**: the module enables the APIs it needs, but "
      + "the Service Usage and Cloud Resource Manager APIs must be on first: "
      + "`gcloud services enable serviceusage.googleapis.com cloudresourcemanager.googleapis.com`, then apply again.",
    "**`Unauthorized` from the kubernetes or helm provider** late in a long first apply: the access token of "
      + "`data.google_client_config` is read at plan time and lasts an hour. Run `terraform apply` again.",
    "**The browser shows a certificate error** for a while after the apply: the Google-managed certificate stays "
      + "`PROVISIONING` until the A record resolves to the load balancer's address.",
  ]

  /// A Mermaid flowchart of the deployment; Redis and Pub/Sub appear only when enabled.
  static func diagram(_ a: Answers) -> [String] {
    var lines = [
      "flowchart LR",
      "  users([Users and SDKs]) -->|HTTPS| lb[Cloud Load Balancer]",
      a.dnsZone == nil ? "  dns[A record, created by hand] -.-> lb" : "  dns[Cloud DNS A record] -.-> lb",
      "  lb --> gke[GKE cluster: W&B Server]",
      "  gke --> sql[(Cloud SQL for MySQL 8)]",
      a.ownGCSBucket.map { "  gke --> gcs[(GCS bucket \($0), yours)]" } ?? "  gke --> gcs[(GCS bucket)]",
    ]
    if a.memorystore { lines.append("  gke --> redis[(Memorystore Redis)]") }
    if a.pubsub {
      lines.append("  gcs -->|object events| pubsub[[Pub/Sub topic]]")
      lines.append("  pubsub --> gke")
    }
    return lines
  }
}
