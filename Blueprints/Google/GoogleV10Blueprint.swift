import HCL
import Scaffold

/// W&B Server on Google Cloud: `wandb/wandb/google` 10.x creates the VPC, GKE,
/// Cloud SQL for MySQL 8, the bucket, Memorystore and Pub/Sub, and deploys W&B
/// through the operator. The project, region and zone come from the google
/// providers, not from module inputs; the module makes no DNS record.
public struct GoogleV10Blueprint: Blueprint {
  /// Makes the blueprint.
  public init() {}

  public let id = "gcp-v10"
  public let summary = "wandb/wandb/google 10.x with the W&B operator (current line)"
  public let cloud = GoogleLine.cloud
  public let isCurrent = true
  public let moduleSource = GoogleLine.module
  public let questions = GoogleLine.questions
  public let exampleAnswers = GoogleLine.exampleAnswers
  public let defaultPins: [PinKey: String] = [
    .module: "~> 10.0",
    .terraform: ">= 1.9, < 2.0",
    .provider("google"): "~> 5.30",
    .provider("google-beta"): "~> 5.30",
    .provider("kubernetes"): "~> 2.23",
    .provider("helm"): ">= 2.10, < 3.0.0",
    .provider("time"): "0.11.2",
    .provider("null"): "~> 3.0",
  ]
  /// google 10.8.2 `versions.tf` (modules.md section 7): google 6.x and helm 3.x are refused.
  public let moduleRequirements: [PinKey: String] = [
    .terraform: "~> 1.9", .provider("google"): "~> 5.30", .provider("google-beta"): "~> 5.30",
    .provider("kubernetes"): "~> 2.23", .provider("helm"): "~> 2.10", .provider("time"): "0.11.2",
    .provider("null"): "~> 3.0",
  ]

  public func complete(_ answers: inout Answers, explicit: Set<String>) -> [AnswerProblem] {
    GoogleCompletion.complete(&answers, explicit: explicit)
  }

  public func describe(_ answers: Answers, pins: [PinKey: String]) -> DeploymentSummary {
    GoogleSummary.describe(answers, pins: pins, blueprint: self)
  }

  private let providers = [
    ProviderSpec("google", source: "hashicorp/google"), ProviderSpec("google-beta", source: "hashicorp/google-beta"),
    ProviderSpec("kubernetes", source: "hashicorp/kubernetes"), ProviderSpec("helm", source: "hashicorp/helm"),
    ProviderSpec("time", source: "hashicorp/time"), ProviderSpec("null", source: "hashicorp/null"),
  ]

  public func render(_ a: Answers, pins: [PinKey: String]) -> [PlannedDocument] {
    BlueprintParts.standardDocuments(
      blueprint: id, variables: variables(a), versions: versions(a, pins: pins), main: main(a, pins: pins))
  }

  private func variables(_ a: Answers) -> [VariableSpec] {
    var specs = [
      VariableSpec(
        "namespace", type: "string", description: "Prefix of every Google Cloud resource name (lowercase, DNS-safe).",
        value: .string(a.namespace)),
      VariableSpec("project_id", type: "string", description: "Google Cloud project to deploy into.", value: .string(a.project)),
      VariableSpec("region", type: "string", description: "Google Cloud region.", value: .string(a.googleRegion)),
      VariableSpec(
        "domain_name", type: "string", description: "Domain of the W&B URL; its A record points at the address output.",
        value: .string(a.domainName)),
      BlueprintParts.subdomainVariable(a),
      VariableSpec(
        "allowed_inbound_cidrs", type: "list(string)", description: "IPv4 CIDR blocks allowed to reach W&B.",
        nonNullable: true, value: .strings(a.allowedCIDRs)),
      BlueprintParts.sizeVariable(a, module: moduleName),
    ]
    if let zone = a.zone {
      specs.insert(
        VariableSpec("zone", type: "string", description: "Default Google Cloud zone of the providers.", value: .string(zone)),
        at: 3)
    }
    if let bucket = a.ownGCSBucket {
      specs.append(
        VariableSpec(
          "bucket_name", type: "string", description: "Your existing GCS bucket for W&B files (the module uses the internal queue).",
          value: .string(bucket)))
    }
    if let zone = a.dnsZone {
      specs.append(
        VariableSpec(
          "dns_zone", type: "string", description: "Cloud DNS managed zone (its name) that serves domain_name.",
          value: .string(zone)))
    }
    specs.append(BlueprintParts.licenseVariable(a))
    return specs
  }

  private func versions(_ a: Answers, pins: [PinKey: String]) -> Document {
    let backend = a.gcsBackend.map { b in
      BackendBlock(
        type: "gcs", comment: "Remote state, locked by GCS itself; the bucket must exist before `terraform init`.",
        items: [Attribute("bucket", .string(b.bucket)), Attribute("prefix", .string(b.prefix))])
    }
    let location: [Item] =
      [Attribute("project", .reference("var.project_id")), Attribute("region", .reference("var.region"))]
      + (a.zone == nil ? [] : [Attribute("zone", .reference("var.zone"))])
    return BlueprintParts.versions(
      purpose: "Terraform and provider versions, and the google providers.", providers: providers, pins: pins,
      blueprint: id, backend: backend,
      providerBlocks: [
        Block("provider", "google") {
          Comment("No default_labels: the module sets labels itself (they broke the PSC endpoint from 9.0).")
          location
        },
        Block("provider", "google-beta") { location },
      ])
  }

  private func clusterAccess() -> [Item] {
    [
      Comment("cluster_endpoint has no scheme."),
      Attribute("host", .template([.literal("https://"), .interpolation(.reference("module.wandb.cluster_endpoint"))])),
      Attribute("cluster_ca_certificate", .call("base64decode", [.reference("module.wandb.cluster_ca_certificate")])),
      Attribute("token", .reference("data.google_client_config.current.access_token")),
    ]
  }

  private func main(_ a: Answers, pins: [PinKey: String]) -> Document {
    Document {
      BlueprintParts.header(id, "W&B Server on Google Cloud with the W&B operator (wandb/wandb/google 10.x).")
      BlankLine
      Block("module", "wandb") {
        Attribute("source", .string(moduleSource))
        Attribute("version", .string(pins[.module] ?? ""))
        BlankLine
        Attribute("namespace", .reference("var.namespace"))
        Attribute("license", .reference("var.license"))
        Attribute("domain_name", .reference("var.domain_name"))
        Attribute("subdomain", .reference("var.subdomain"))
        Attribute("allowed_inbound_cidrs", .reference("var.allowed_inbound_cidrs"))
        Attribute("size", .reference("var.size"))
        BlankLine
        Comment(a.memorystore ? "Memorystore Redis for the application." : "No Memorystore Redis (--no-redis).")
        Attribute("create_redis", .bool(a.memorystore))
        Comment(
          a.pubsub
            ? "A Pub/Sub topic receives bucket notifications (and a KMS key encrypts it)."
            : "No Pub/Sub: the application's internal queue (--no-pubsub).")
        Attribute("use_internal_queue", .bool(!a.pubsub))
        if a.ownGCSBucket != nil {
          BlankLine
          Comment("Your own bucket (--bucket): W&B stores its files there; the module still makes its default bucket.")
          Attribute("bucket_name", .reference("var.bucket_name"))
        }
        OperatorLineParts.sizing(
          a, node: "gke_machine_type", database: "database_machine_type"
        ) { "Sizing: \($0), written out: the presets differ between 10.x releases." }
        BlankLine
        OperatorLineParts.labels("labels")
      }
      BlankLine
      Block("data", "google_client_config", "current") {}
      OperatorLineParts.clusterProviders(clusterAccess())
      if a.dnsZone != nil {
        BlankLine
        dnsRecord()
      }
      BlankLine
      OperatorLineParts.output("url", "URL of the W&B Server.")
      BlankLine
      OperatorLineParts.output("address", "IP address of the load balancer: the A record of the W&B host points here.")
      BlankLine
      OperatorLineParts.output("bucket_name", "GCS bucket holding W&B files.")
    }
  }

  /// The A record of the W&B host in the managed zone, refused at plan time when
  /// the zone does not serve the host's domain.
  private func dnsRecord() -> [Item] {
    [
      Block("data", "google_dns_managed_zone", "wandb") {
        Attribute("name", .reference("var.dns_zone"))
      },
      BlankLine,
      Block("resource", "google_dns_record_set", "wandb") {
        Attribute("managed_zone", .reference("data.google_dns_managed_zone.wandb.name"))
        Attribute("name", .template([.interpolation(.reference("module.wandb.fqdn")), .literal(".")]))
        Attribute("type", .string("A"))
        Attribute("ttl", .int(300))
        Attribute("rrdatas", .list([.reference("module.wandb.address")]))
        BlankLine
        Block("lifecycle") {
          Block("precondition") {
            Attribute(
              "condition",
              .call(
                "endswith",
                [
                  .template([.literal("."), .interpolation(.reference("module.wandb.fqdn")), .literal(".")]),
                  .template([.literal("."), .interpolation(.reference("data.google_dns_managed_zone.wandb.dns_name"))]),
                ]))
            Attribute("error_message", .string("The managed zone var.dns_zone does not serve the W&B host's domain."))
          }
        }
      },
    ]
  }
}
