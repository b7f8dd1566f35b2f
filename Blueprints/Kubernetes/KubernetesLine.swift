import Scaffold

/// What the own-Kubernetes line knows of `wandb/wandb/helm`: the module, the
/// questions with their flags, tfvars names and validators, and the sample
/// answers. The cluster, MySQL 8 and the S3-compatible store are the user's; the
/// module installs the W&B operator and hands it the WeightsAndBiases spec.
enum KubernetesLine {
  /// The module.
  static let module = "wandb/wandb/helm"
  /// The platform.
  static let cloud = Cloud(id: "kubernetes", name: "your own Kubernetes")

  /// The upgrade facts of `wandb/wandb/helm`: it has deployed W&B through the
  /// operator from its first release.
  static let upgrade = UpgradeLine(
    module: module, operatorMajor: 1, majorNotes: KubernetesUpgradeNotes.majors,
    operatorMigrationReference: "the W&B operator guide (docs.wandb.ai, self-managed operator)")

  /// Question ids of the line, beyond the shared core.
  enum Q {
    static let kubeconfig = "kubeconfig"
    static let context = "kube-context"
    static let host = "host"
    static let mysqlHost = "mysql-host"
    static let mysqlPort = "mysql-port"
    static let mysqlDatabase = "mysql-database"
    static let mysqlUser = "mysql-user"
    static let mysqlPassword = "mysql-password-file"
    static let bucketEndpoint = "bucket-endpoint"
    static let bucketTLS = "bucket-tls"
    static let bucketName = "bucket-name"
    static let bucketRegion = "bucket-region"
    static let bucketAccessKey = "bucket-access-key-file"
    static let bucketSecretKey = "bucket-secret-key-file"
    static let minio = "minio"
    static let redisHost = "redis-host"
    static let redisPort = "redis-port"
    static let ingressClass = "ingress-class"
    static let tlsSecret = "tls-secret"
    static let openshift = "openshift"
    static let backend = "backend"
    static let stateSecretSuffix = "state-secret-suffix"
  }

  /// A secret question: from a file (`-` reads standard input) or `environment`, never a flag value.
  private static func secret(_ id: String, environment: String, prompt: String, hint: String, tfvars: String) -> Question {
    Question(
      id, .secretFile, valueName: "path", environment: environment, prompt: prompt, hint: hint,
      remembered: [.tfvars(tfvars)], validate: { raw throws(ValidationError) in try KubernetesValidation.secret(raw) })
  }

  /// The questions, in wizard order.
  static let questions: [Question] = [
    Question(
      CoreQuestions.namespace, valueName: "name", environment: "WBSCAFFOLD_NAMESPACE", prompt: "Kubernetes namespace for W&B",
      hint: "the namespace of the WeightsAndBiases resource (created if missing); the operator runs in 'wandb'",
      default: ["wandb"], remembered: [.tfvars("namespace")],
      validate: { raw throws(ValidationError) in try KubernetesValidation.namespace(raw) }),
    Question(
      Q.kubeconfig, valueName: "path", environment: "KUBECONFIG", prompt: "kubeconfig file",
      hint: "the kubeconfig Terraform's kubernetes and helm providers read", default: ["~/.kube/config"],
      remembered: [.tfvars("kubeconfig_path")], validate: { raw throws(ValidationError) in try KubernetesValidation.kubeconfig(raw) }),
    Question(
      Q.context, valueName: "name", prompt: "kubeconfig context",
      hint: "the cluster to deploy to (`kubectl config current-context`); empty follows the kubeconfig's current context at every run",
      optional: true, default: [], remembered: [.tfvars("kube_context")],
      validate: { raw throws(ValidationError) in try KubernetesValidation.context(raw) }),
    Question(
      Q.host, valueName: "url", environment: "WBSCAFFOLD_HOST", prompt: "W&B URL",
      hint: "where users reach W&B, such as https://wandb.example.com (TLS ends at your ingress or load balancer)",
      remembered: [.tfvars("host")], validate: { raw throws(ValidationError) in try KubernetesValidation.host(raw) }),
    CoreQuestions.licenseQuestion,
    Question(
      Q.mysqlHost, valueName: "host", prompt: "MySQL 8 host", hint: "your MySQL 8.0.28 or later server, such as mysql.db.svc.cluster.local",
      remembered: [.tfvars("mysql_host")], validate: { raw throws(ValidationError) in try KubernetesValidation.serverHost(raw) }),
    Question(
      Q.mysqlPort, valueName: "port", prompt: "MySQL port", hint: "MySQL port", default: ["3306"],
      remembered: [.tfvars("mysql_port")], isAsked: false,
      validate: { raw throws(ValidationError) in try KubernetesValidation.port(raw) }),
    Question(
      Q.mysqlDatabase, valueName: "name", prompt: "MySQL database", hint: "the database W&B owns (created as the README shows)",
      default: ["wandb_local"], remembered: [.tfvars("mysql_database")],
      validate: { raw throws(ValidationError) in try KubernetesValidation.mysqlName(raw, maximumLength: 64) }),
    Question(
      Q.mysqlUser, valueName: "user", prompt: "MySQL user", hint: "the user W&B connects as", default: ["wandb_local"],
      remembered: [.tfvars("mysql_user")],
      validate: { raw throws(ValidationError) in try KubernetesValidation.mysqlName(raw, maximumLength: 32) }),
    secret(
      Q.mysqlPassword, environment: "WANDB_MYSQL_PASSWORD", prompt: "MySQL password",
      hint: "the MySQL user's password (input is hidden)", tfvars: "mysql_password"),
    Question(
      Q.bucketEndpoint, valueName: "host:port", prompt: "Object store endpoint",
      hint: "host:port of the S3-compatible store, such as minio.example.com:9000 (no scheme, no path)",
      remembered: [.tfvars("bucket_endpoint")],
      validate: { raw throws(ValidationError) in try KubernetesValidation.bucketEndpoint(raw) }),
    Question(
      Q.bucketTLS, .toggle, prompt: "Does the store serve HTTPS with a trusted certificate?",
      hint: "W&B then connects with TLS; it does not accept self-signed certificates", default: ["true"],
      remembered: [.regenerateCommand]),
    Question(
      Q.bucketName, valueName: "bucket", prompt: "Bucket", hint: "an existing bucket for W&B files",
      remembered: [.tfvars("bucket_name")], validate: { raw throws(ValidationError) in try KubernetesValidation.bucketName(raw) }),
    Question(
      Q.bucketRegion, valueName: "region", prompt: "Bucket region", hint: "the region the store signs requests for",
      default: ["us-east-1"], remembered: [.tfvars("bucket_region")], isAsked: false,
      validate: { raw throws(ValidationError) in try KubernetesValidation.region(raw) }),
    secret(
      Q.bucketAccessKey, environment: "WANDB_BUCKET_ACCESS_KEY", prompt: "Bucket access key",
      hint: "the store's access key id (input is hidden)", tfvars: "bucket_access_key"),
    secret(
      Q.bucketSecretKey, environment: "WANDB_BUCKET_SECRET_KEY", prompt: "Bucket secret key",
      hint: "the store's secret key (input is hidden)", tfvars: "bucket_secret_key"),
    Question(
      Q.minio, .toggle, prompt: "Is the store MinIO?", hint: "the README then shows the mc commands that make the bucket",
      default: ["false"], remembered: [.regenerateCommand]),
    Question(
      Q.redisHost, valueName: "host", prompt: "External Redis host",
      hint: "a Redis 7 of yours; empty: the operator runs one in the cluster (for trials)", optional: true, default: [],
      remembered: [.tfvars("redis_host")], validate: { raw throws(ValidationError) in try KubernetesValidation.serverHost(raw) }),
    Question(
      Q.redisPort, valueName: "port", prompt: "Redis port", hint: "Redis port", default: ["6379"],
      remembered: [.tfvars("redis_port")], isAsked: false, requires: Q.redisHost,
      validate: { raw throws(ValidationError) in try KubernetesValidation.port(raw) }),
    Question(
      Q.ingressClass, valueName: "class", prompt: "Ingress class", hint: "the ingress class of your controller, such as nginx; empty: the cluster's default",
      optional: true, default: [], remembered: [.tfvars("ingress_class")],
      validate: { raw throws(ValidationError) in try KubernetesValidation.objectName(raw) }),
    Question(
      Q.tlsSecret, valueName: "secret", prompt: "TLS secret of the ingress",
      hint: "a kubernetes.io/tls secret in the namespace for the W&B host; empty: TLS ends in front of the ingress",
      optional: true, default: [], remembered: [.tfvars("tls_secret")],
      validate: { raw throws(ValidationError) in try KubernetesValidation.objectName(raw) }),
    Question(
      Q.openshift, .toggle, prompt: "Is the cluster OpenShift?",
      hint: "W&B then runs as user 100000 in group 0, as OpenShift's restricted security context requires", default: ["false"],
      remembered: [.regenerateCommand]),
    Question(
      Q.backend, .choice(["kubernetes"]), valueName: "kind", prompt: "Remote state backend", hint: "remote state backend",
      optional: true, default: [], remembered: [.backendType("kubernetes")], isAsked: false),
    Question(
      Q.stateSecretSuffix, valueName: "suffix", prompt: "Secret suffix for the Terraform state",
      hint: "keeps the state in the Secret tfstate-default-SUFFIX of the W&B namespace (locked by a Lease); empty keeps a local state file",
      optional: true, default: [], remembered: [.backendArgument(type: "kubernetes", name: "secret_suffix")],
      requiredWhen: (Q.backend, "kubernetes"), validate: { raw throws(ValidationError) in try KubernetesValidation.objectName(raw) }),
  ]

  /// The sample answers of `init --example`.
  static let exampleAnswers: [String: [String]] = [
    Q.host: ["https://wandb.example.com"], Q.mysqlHost: ["mysql.example.com"], Q.bucketEndpoint: ["minio.example.com:9000"],
    Q.bucketName: ["wandb-files"], Q.mysqlPassword: ["EXAMPLE-PASSWORD"], Q.bucketAccessKey: ["EXAMPLE-ACCESS-KEY"],
    Q.bucketSecretKey: ["EXAMPLE-SECRET-KEY"], Q.minio: ["true"], Q.ingressClass: ["nginx"],
  ]
}
