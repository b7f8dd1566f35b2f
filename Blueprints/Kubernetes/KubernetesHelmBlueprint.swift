import HCL
import Scaffold

/// W&B Server on a Kubernetes cluster you already run (on-prem, OpenShift, or
/// one another team manages), with your own MySQL 8 and S3-compatible store:
/// `wandb/wandb/helm` installs the W&B operator and the WeightsAndBiases
/// resource whose spec this line writes from the answers (the on-prem install
/// of the W&B guide, through the operator).
public struct KubernetesHelmBlueprint: Blueprint {
  /// Makes the blueprint.
  public init() {}

  public let id = "k8s-helm"
  public let summary = "wandb/wandb/helm on a cluster you run, with your MySQL 8 and S3-compatible store"
  public let cloud = KubernetesLine.cloud
  public let isCurrent = true
  public let moduleSource = KubernetesLine.module
  public let questions = KubernetesLine.questions
  public let exampleAnswers = KubernetesLine.exampleAnswers
  /// The module pinned exactly: its `spec` is handed to the operator as is, so a
  /// new release is a change to review, not one `terraform init -upgrade` makes.
  public let defaultPins: [PinKey: String] = [
    .module: "4.0.0",
    .terraform: ">= 1.5, < 2.0",
    .provider("kubernetes"): "~> 2.23",
    .provider("helm"): ">= 2.10, < 3.0.0",
  ]
  /// The module declares no versions; its `set {}` blocks need the helm provider 2.x.
  public let moduleRequirements: [PinKey: String] = [.provider("helm"): "< 3.0.0"]

  /// The operator chart and controller image W&B's own cloud modules pin (never `latest`).
  static let operatorChartVersion = "1.4.2"
  static let controllerImageTag = "1.20.0"

  public func complete(_ answers: inout Answers, explicit: Set<String>) -> [AnswerProblem] {
    if answers.stateSecretSuffix != nil { answers.set(KubernetesLine.Q.backend, "kubernetes") }
    return []
  }

  public func describe(_ answers: Answers, pins: [PinKey: String]) -> DeploymentSummary {
    KubernetesSummary.describe(answers, pins: pins, blueprint: self)
  }

  private let providers = [
    ProviderSpec("kubernetes", source: "hashicorp/kubernetes"), ProviderSpec("helm", source: "hashicorp/helm"),
  ]

  public func render(_ a: Answers, pins: [PinKey: String]) -> [PlannedDocument] {
    BlueprintParts.standardDocuments(
      blueprint: id, variables: variables(a), versions: versions(a, pins: pins), main: main(a, pins: pins))
  }

  private func variables(_ a: Answers) -> [VariableSpec] {
    func text(_ name: String, _ description: String, _ value: String, sensitive: Bool = false) -> VariableSpec {
      VariableSpec(name, type: "string", description: description, sensitive: sensitive, value: .string(value))
    }
    var specs = [
      text("namespace", "Kubernetes namespace of the WeightsAndBiases resource.", a.namespace),
      text("kubeconfig_path", "kubeconfig file of the kubernetes and helm providers.", a.kubeconfig),
    ]
    if let context = a.kubeContext { specs.append(text("kube_context", "kubeconfig context of the cluster.", context)) }
    specs += [
      text("host", "URL of W&B Server, such as https://wandb.example.com.", a.host),
      text("mysql_host", "Host of your MySQL 8 server.", a.mysqlHost),
      VariableSpec("mysql_port", type: "number", description: "Port of the MySQL server.", value: .int(a.mysqlPort)),
      text("mysql_database", "Database W&B owns.", a.mysqlDatabase),
      text("mysql_user", "MySQL user W&B connects as.", a.mysqlUser),
      text("bucket_endpoint", "host:port of the S3-compatible object store (no scheme, no path).", a.bucketEndpoint),
      text("bucket_name", "Bucket for W&B files.", a.bucketName),
      text("bucket_region", "Region the object store signs requests for.", a.bucketRegion),
    ]
    if let redis = a.externalRedis {
      specs.append(text("redis_host", "Host of your Redis.", redis.host))
      specs.append(VariableSpec("redis_port", type: "number", description: "Port of your Redis.", value: .int(redis.port)))
    }
    if let ingress = a.ingressClass { specs.append(text("ingress_class", "Ingress class of the W&B ingress.", ingress)) }
    if let secret = a.tlsSecret {
      specs.append(text("tls_secret", "kubernetes.io/tls secret of the W&B host, in the namespace.", secret))
    }
    specs += [
      BlueprintParts.licenseVariable(a),
      text("mysql_password", "Password of the MySQL user (set in \(BlueprintParts.secretsFile) or TF_VAR_mysql_password).", a.mysqlPassword, sensitive: true),
      text("bucket_access_key", "Access key of the object store (set in \(BlueprintParts.secretsFile) or TF_VAR_bucket_access_key).", a.bucketAccessKey, sensitive: true),
      text("bucket_secret_key", "Secret key of the object store (set in \(BlueprintParts.secretsFile) or TF_VAR_bucket_secret_key).", a.bucketSecretKey, sensitive: true),
    ]
    return specs
  }

  private func clusterAccess(_ a: Answers) -> [Item] {
    [Attribute("config_path", .reference("var.kubeconfig_path"))]
      + (a.kubeContext == nil ? [] : [Attribute("config_context", .reference("var.kube_context"))])
  }

  private func versions(_ a: Answers, pins: [PinKey: String]) -> Document {
    let backend = a.stateSecretSuffix.map { suffix in
      BackendBlock(
        type: "kubernetes",
        comment: "Remote state in a Secret of the cluster, locked by a Lease (backends take no variables: literals here).",
        items: [
          Attribute("secret_suffix", .string(suffix)), Attribute("namespace", .string(a.namespace)),
          Attribute("config_path", .string(a.kubeconfig)),
        ] + (a.kubeContext.map { [Attribute("config_context", .string($0))] } ?? []))
    }
    return BlueprintParts.versions(
      purpose: "Terraform and provider versions, and the cluster the providers reach.", providers: providers, pins: pins,
      blueprint: id, backend: backend,
      providerBlocks: [
        Block("provider", "kubernetes") { clusterAccess(a) },
        Block("provider", "helm") {
          Comment("helm provider 2.x: the module's releases use set {} blocks, which 3.x refuses.")
          Block("kubernetes") { clusterAccess(a) }
        },
      ])
  }

  private func main(_ a: Answers, pins: [PinKey: String]) -> Document {
    Document {
      BlueprintParts.header(id, "W&B Server on your own Kubernetes cluster with the W&B operator (wandb/wandb/helm).")
      BlankLine
      if a.openshift {
        Block("locals") {
          Comment("OpenShift: W&B runs as a user of 100000 or more, in group 0 (the W&B on-prem guide).")
          Attribute(
            "openshift",
            .object([
              ObjectEntry(
                "podSecurityContext",
                .object([
                  ObjectEntry("runAsNonRoot", .bool(true)), ObjectEntry("runAsUser", .int(100000)),
                  ObjectEntry("runAsGroup", .int(0)), ObjectEntry("fsGroup", .int(0)),
                ]))
            ]))
        }
        BlankLine
      }
      Block("module", "wandb") {
        Attribute("source", .string(moduleSource))
        Attribute("version", .string(pins[.module] ?? ""))
        BlankLine
        Attribute("wandb_namespace", .reference("var.namespace"))
        Comment("The operator chart and controller W&B's cloud modules pin; the defaults follow latest.")
        Attribute("operator_chart_version", .string(Self.operatorChartVersion))
        Attribute("controller_image_tag", .string(Self.controllerImageTag))
        BlankLine
        Comment("The WeightsAndBiases resource: global settings, the ingress, and the data stores that are yours.")
        Attribute("spec", .object([ObjectEntry("values", .object(values(a)))]))
      }
      BlankLine
      Block("output", "url") {
        Attribute("description", .string("URL of the W&B Server."))
        Attribute("value", .reference("var.host"))
      }
    }
  }

  private func values(_ a: Answers) -> [ObjectEntry] {
    var global: [ObjectEntry] = [
      ObjectEntry("host", .reference("var.host")),
      ObjectEntry("license", .reference("var.license")),
      ObjectEntry(
        "bucket",
        .object([
          ObjectEntry("provider", .string("s3")),
          ObjectEntry("name", .reference("var.bucket_endpoint")),
          ObjectEntry(
            "path",
            a.bucketTLS
              ? .template([.interpolation(.reference("var.bucket_name")), .literal("?tls=true")])
              : .reference("var.bucket_name")),
          ObjectEntry("region", .reference("var.bucket_region")),
          ObjectEntry("kmsKey", .null),
          ObjectEntry("accessKey", .reference("var.bucket_access_key")),
          ObjectEntry("secretKey", .reference("var.bucket_secret_key")),
        ])),
      ObjectEntry(
        "mysql",
        .object([
          ObjectEntry("host", .reference("var.mysql_host")), ObjectEntry("port", .reference("var.mysql_port")),
          ObjectEntry("database", .reference("var.mysql_database")), ObjectEntry("user", .reference("var.mysql_user")),
          ObjectEntry("password", .reference("var.mysql_password")),
        ])),
    ]
    if a.externalRedis != nil {
      global.append(
        ObjectEntry(
          "redis", .object([ObjectEntry("host", .reference("var.redis_host")), ObjectEntry("port", .reference("var.redis_port"))])))
    }
    var ingress: [ObjectEntry] = []
    if a.ingressClass != nil { ingress.append(ObjectEntry("class", .reference("var.ingress_class"))) }
    if a.tlsSecret != nil {
      ingress.append(
        ObjectEntry(
          "tls",
          .list([
            .object([
              ObjectEntry(
                "hosts", .list([.call("trimprefix", [.call("trimprefix", [.reference("var.host"), .string("https://")]), .string("http://")])])),
              ObjectEntry("secretName", .reference("var.tls_secret")),
            ])
          ])))
    }
    var values: [ObjectEntry] = [ObjectEntry("global", .object(global))]
    if !ingress.isEmpty { values.append(ObjectEntry("ingress", .object(ingress))) }
    values.append(ObjectEntry("mysql", .object([ObjectEntry("install", .bool(false))])))
    if a.externalRedis != nil { values.append(ObjectEntry("redis", .object([ObjectEntry("install", .bool(false))]))) }
    if a.openshift {
      for component in ["app", "console", "parquet", "weave"] { values.append(ObjectEntry(component, .reference("local.openshift"))) }
    }
    return values
  }
}
