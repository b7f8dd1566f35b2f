import HCL
import Scaffold

/// The guide's layout: `wandb/wandb/aws` 2.x for the infrastructure plus
/// `wandb/wandb/kubernetes` 1.x (`wandb_app`) for the application.
///
/// Fixes the guide's mistakes: no `create_elasticache_subnet` (not an input; the
/// knob is `create_elasticache`), `eks_cluster_version` set (required since 2.1.0),
/// and the queue settings of both modules agree, so no unused SQS queue is created.
public struct AWSV2Blueprint: AWSBlueprint {
  /// Makes the blueprint.
  public init() {}

  public let id = "aws-v2"
  public let summary = "wandb/wandb/aws 2.x + wandb/wandb/kubernetes 1.x (the W&B guide's layout)"
  public let cloud = AWSLine.cloud
  public let isCurrent = false
  public let moduleSource = AWSLine.infrastructureModule
  public let appModuleSource: String? = AWSLine.appModule
  public let questions = AWSLine.questions(versionQuestion: CoreQuestions.wandbVersionQuestion, clusterVersion: "1.28")
  public let exampleAnswers = AWSLine.exampleAnswers.merging([AWSLine.Q.clusterVersion: ["1.30"]]) { $1 }
  public let defaultPins: [PinKey: String] = [
    .module: "~> 2.0",
    .appModule: "~> 1.0",
    .terraform: ">= 1.1, < 2.0",
    .provider("aws"): "~> 4.0",
    .provider("kubernetes"): "~> 2.23",
  ]
  /// aws 2.8.0 and kubernetes 1.14.1 (modules.md §5).
  public let moduleRequirements: [PinKey: String] = [
    .terraform: "~> 1.0", .provider("aws"): "~> 4.0", .provider("kubernetes"): "~> 2.23",
  ]
  /// EKS minor versions the module line supports, for a warning outside them.
  let supportedEKSVersions = 25...30

  let passesQueueToApp = true

  func warnings(for a: Answers) -> [String] {
    var out = [
      "aws-v2 runs EKS only up to 1.30, which AWS no longer creates; use it for existing installs (set --eks-cluster-version to the cluster's current minor) and aws-v8 for new ones"
    ]
    if a.sizing == nil {
      out.append(
        "the module's default nodes (m5.large, 8 GiB) are below the W&B reference architecture; size them with --workload and --environment")
    }
    return out
  }

  func troubleshooting(for a: Answers) -> [String] {
    [
      "**The Aurora cluster fails to create** (engine version not available): 2.x defaults "
        + "`database_engine_version` to `8.0.mysql_aurora.3.03.0`, which AWS retires over time, and W&B now "
        + "asks for Aurora 3.05.2 or later. Set `database_engine_version` on `module.wandb_infra` to a "
        + "version `aws rds describe-db-engine-versions --engine aurora-mysql` lists.",
      "**The EKS cluster fails to create** (version not supported): AWS no longer creates the minors "
        + "this line was validated on; use this blueprint for existing installs and `aws-v8` for new ones.",
      "**`wandb_app` cannot reach the cluster** (timeouts): the EKS endpoint accepts only "
        + "`kubernetes_public_access_cidrs`; add the public address of the machine running Terraform.",
    ]
  }

  private let providers = [
    ProviderSpec("aws", source: "hashicorp/aws"), ProviderSpec("kubernetes", source: "hashicorp/kubernetes"),
  ]

  public func render(_ a: Answers, pins: [PinKey: String]) -> [PlannedDocument] {
    let variables =
      AWSParts.commonVariables(a) + [
        VariableSpec(
          "wandb_version", type: "string",
          description: "W&B Server image tag (wandb/local); bump it with `wbscaffold upgrade`.",
          defaultValue: .string("latest"), value: .string(a.wandbVersion ?? "latest"))
      ]
    return BlueprintParts.standardDocuments(
      blueprint: id, variables: variables, versions: AWSParts.versions(a, providers: providers, pins: pins, blueprint: id),
      main: main(a, pins: pins))
  }

  private func main(_ a: Answers, pins: [PinKey: String]) -> Document {
    let queue: Value =
      a.sqs
      ? .template([.literal("sqs://"), .interpolation(.reference("module.wandb_infra.bucket_queue_name"))])
      : .string("internal://")
    return Document {
      BlueprintParts.header(id, "W&B Server on AWS: infrastructure (wandb_infra) and application (wandb_app).")
      BlankLine
      Block("module", "wandb_infra") {
        Attribute("source", .string(moduleSource))
        Attribute("version", .string(pins[.module] ?? ""))
        BlankLine
        AWSParts.commonModuleArguments(a)
        BlankLine
        Attribute("eks_cluster_version", .reference("var.eks_cluster_version"))
        Attribute("public_access", .bool(true))
        Attribute("external_dns", .bool(a.subdomain != nil))
        Comment("Terraform itself must reach the EKS API to deploy the application.")
        Attribute("kubernetes_public_access", .bool(true))
        Attribute("kubernetes_public_access_cidrs", .reference("var.kubernetes_public_access_cidrs"))
        BlankLine
        Comment(a.redis ? "ElastiCache Redis, wired into wandb_app below." : "No ElastiCache Redis (--no-redis).")
        Attribute("create_elasticache", .bool(a.redis))
        Comment(
          a.sqs
            ? "An SQS queue for bucket notifications; wandb_app reads it (bucket_queue)."
            : "No SQS queue: the app uses its internal queue (bucket_queue = \"internal://\").")
        Attribute("use_internal_queue", .bool(!a.sqs))
        AWSParts.bucketArguments(a, createBucketInput: true)
        let sizing = AWSParts.sizingArguments(a, sizeBlueprint: false)
        if !sizing.isEmpty {
          BlankLine
          sizing
        }
      }
      BlankLine
      Block("data", "aws_eks_cluster", "app_cluster") {
        Attribute("name", .reference("module.wandb_infra.cluster_id"))
      }
      BlankLine
      Block("data", "aws_eks_cluster_auth", "app_cluster") {
        Attribute("name", .reference("module.wandb_infra.cluster_id"))
      }
      BlankLine
      Block("provider", "kubernetes") {
        Attribute("host", .reference("data.aws_eks_cluster.app_cluster.endpoint"))
        Attribute(
          "cluster_ca_certificate",
          .call("base64decode", [.reference("data.aws_eks_cluster.app_cluster.certificate_authority[0].data")]))
        Attribute("token", .reference("data.aws_eks_cluster_auth.app_cluster.token"))
      }
      BlankLine
      Block("module", "wandb_app") {
        Attribute("source", .string(AWSLine.appModule))
        Attribute("version", .string(pins[.appModule] ?? ""))
        BlankLine
        Attribute("license", .reference("var.license"))
        Attribute("wandb_version", .reference("var.wandb_version"))
        BlankLine
        Attribute("host", .reference("module.wandb_infra.url"))
        Attribute("bucket", .template([.literal("s3://"), .interpolation(.reference("module.wandb_infra.bucket_name"))]))
        Attribute("bucket_aws_region", .reference("module.wandb_infra.bucket_region"))
        if a.ownBucket == nil {
          Attribute("bucket_kms_key_arn", .reference("module.wandb_infra.kms_key_arn"))
        } else {
          Comment("The nodes may use your bucket's key (or none), not the module's own.")
          Attribute("bucket_kms_key_arn", a.ownBucketKMSKey == nil ? .string("") : .reference("var.bucket_kms_key_arn"))
        }
        Attribute("bucket_queue", queue)
        Attribute(
          "database_connection_string",
          .template([.literal("mysql://"), .interpolation(.reference("module.wandb_infra.database_connection_string"))]))
        if a.redis {
          Attribute(
            "redis_connection_string",
            .template([
              .literal("redis://"), .interpolation(.reference("module.wandb_infra.elasticache_connection_string")),
              .literal("?tls=true&ttlInSeconds=604800"),
            ]))
        }
        Attribute("service_port", .reference("module.wandb_infra.internal_app_port"))
        BlankLine
        Comment("Deploy the app only once the cluster and its nodes exist.")
        Attribute("depends_on", .list([.reference("module.wandb_infra")]))
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
