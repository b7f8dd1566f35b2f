import HCL
import Scaffold

/// The current operator line: `wandb/wandb/aws` 8.x deploys the application
/// itself through the W&B operator; there is no `wandb_app` and no
/// `wandb_version` (the operator manages the version).
public struct AWSV8Blueprint: AWSBlueprint {
  /// Makes the blueprint.
  public init() {}

  public let id = "aws-v8"
  public let summary = "wandb/wandb/aws 8.x with the W&B operator (current line)"
  public let cloud = AWSLine.cloud
  public let isCurrent = true
  public let moduleSource = AWSLine.infrastructureModule
  public let questions = AWSLine.questions(versionQuestion: CoreQuestions.sizeQuestion, clusterVersion: "1.35")
  public let exampleAnswers = AWSLine.exampleAnswers
  public let defaultPins: [PinKey: String] = [
    .module: "~> 8.0",
    .terraform: ">= 1.9, < 2.0",
    .provider("aws"): "~> 5.95",
    .provider("kubernetes"): "~> 2.23",
    .provider("helm"): ">= 2.10, < 3.0.0",
  ]
  /// aws 8.0.0 (modules.md §5); the helm provider must stay on 2.x.
  public let moduleRequirements: [PinKey: String] = [
    .terraform: "~> 1.9", .provider("aws"): "~> 5.95", .provider("kubernetes"): "~> 2.23", .provider("helm"): "< 3.0.0",
  ]
  /// EKS minor versions the module line supports, for a warning outside them.
  let supportedEKSVersions = 30...35

  /// 8.0.0 never hands `bucket_queue` to the operator's chart, so an SQS queue goes unused.
  let passesQueueToApp = false

  func warnings(for a: Answers) -> [String] {
    var out: [String] = []
    if !a.redis {
      out.append(
        "--no-redis on aws-v8: the operator chart then points W&B at a Redis that nothing deploys; W&B requires Redis")
    }
    if a.sqs {
      out.append("--sqs on aws-v8: the module never passes the queue to W&B (the operator uses its internal queue), so the SQS queue is unused")
    }
    return out
  }

  func troubleshooting(for a: Answers) -> [String] {
    [
      "**`Unauthorized` from the kubernetes or helm provider** after a long first apply: the EKS token "
        + "(`data.aws_eks_cluster_auth`) is read at plan time and lasts 15 minutes, which creating the "
        + "cluster and its nodes can outlast. Run `terraform apply` again; it picks up where it stopped.",
      "**Kubernetes resources cannot reach the API** (timeouts): the EKS endpoint accepts only "
        + "`kubernetes_public_access_cidrs`; add the public address of the machine running Terraform.",
    ]
  }

  private let providers = [
    ProviderSpec("aws", source: "hashicorp/aws"), ProviderSpec("kubernetes", source: "hashicorp/kubernetes"),
    ProviderSpec("helm", source: "hashicorp/helm"),
  ]

  public func render(_ a: Answers, pins: [PinKey: String]) -> [PlannedDocument] {
    let variables = AWSParts.commonVariables(a) + [BlueprintParts.sizeVariable(a, module: moduleName)]
    return BlueprintParts.standardDocuments(
      blueprint: id, variables: variables, versions: AWSParts.versions(a, providers: providers, pins: pins, blueprint: id),
      main: main(a, pins: pins))
  }

  private func clusterAccess() -> [Item] {
    [
      Attribute("host", .reference("module.wandb_infra.cluster_endpoint")),
      Attribute(
        "cluster_ca_certificate",
        .call("base64decode", [.reference("module.wandb_infra.cluster_certificate_authority_data")])),
      Attribute("token", .reference("data.aws_eks_cluster_auth.app_cluster.token")),
    ]
  }

  private func main(_ a: Answers, pins: [PinKey: String]) -> Document {
    Document {
      BlueprintParts.header(id, "W&B Server on AWS with the W&B operator (wandb/wandb/aws 8.x).")
      BlankLine
      Block("module", "wandb_infra") {
        Attribute("source", .string(moduleSource))
        Attribute("version", .string(pins[.module] ?? ""))
        BlankLine
        AWSParts.commonModuleArguments(a)
        BlankLine
        Attribute("license", .reference("var.license"))
        Attribute("size", .reference("var.size"))
        Attribute("eks_cluster_version", .reference("var.eks_cluster_version"))
        Comment("false for a fresh 8.x install; true only when upgrading a 7.x cluster in place.")
        Attribute("kubernetes_legacy_cluster_creator_admin", .bool(false))
        BlankLine
        Attribute("public_access", .bool(true))
        Attribute("external_dns", .bool(a.subdomain != nil))
        Comment("Terraform itself must reach the EKS API (kubernetes and helm providers).")
        Attribute("kubernetes_public_access", .bool(true))
        Attribute("kubernetes_public_access_cidrs", .reference("var.kubernetes_public_access_cidrs"))
        BlankLine
        Comment(a.redis ? "ElastiCache Redis for the application." : "No ElastiCache Redis (--no-redis).")
        Attribute("create_elasticache", .bool(a.redis))
        Comment(a.sqs ? "An SQS queue for bucket notifications." : "No SQS queue: the application's internal queue.")
        Attribute("use_internal_queue", .bool(!a.sqs))
        AWSParts.bucketArguments(a, createBucketInput: false)
        let sizing = AWSParts.sizingArguments(a, sizeBlueprint: true)
        if !sizing.isEmpty {
          BlankLine
          sizing
        }
      }
      BlankLine
      Comment("Only the token comes from a data source: with EKS module v20 the cluster name is\nknown at plan time, and reading data \"aws_eks_cluster\" fails on a first plan.")
      Block("data", "aws_eks_cluster_auth", "app_cluster") {
        Attribute("name", .reference("module.wandb_infra.cluster_name"))
      }
      BlankLine
      Block("provider", "kubernetes") { clusterAccess() }
      BlankLine
      Block("provider", "helm") {
        Block("kubernetes") { clusterAccess() }
      }
      BlankLine
      Block("output", "url") {
        Attribute("description", .string("URL of the W&B Server."))
        Attribute("value", .reference("module.wandb_infra.url"))
      }
      BlankLine
      Block("output", "bucket_name") {
        Attribute("description", .string("S3 bucket holding W&B files."))
        Attribute("value", .reference("module.wandb_infra.bucket_name"))
      }
    }
  }
}
