import Scaffold

/// What both AWS lines share: the modules, the cloud, the questions with their
/// flags, tfvars names and validators, and the upgrade facts of `wandb/wandb/aws`.
enum AWSLine {
  /// The infrastructure module.
  static let infrastructureModule = "wandb/wandb/aws"
  /// The app module of the pre-operator line (aws < 4).
  static let appModule = "wandb/wandb/kubernetes"
  /// The first major of the aws module where the W&B operator deploys W&B Server.
  static let operatorMajor = 4
  /// The cloud.
  static let cloud = Cloud(id: "aws", name: "AWS")

  /// Question ids of the AWS lines, beyond the shared core.
  enum Q {
    static let zoneID = "zone-id"
    static let region = "region"
    static let ipv6CIDR = "allowed-ipv6-cidr"
    static let apiCIDR = "eks-api-cidr"
    static let clusterVersion = "eks-cluster-version"
    static let redis = "redis"
    static let sqs = "sqs"
    static let bucket = "bucket"
    static let bucketKMSKey = "bucket-kms-key-arn"
    static let nodeTypes = "node-instance-type"
    static let databaseClass = "database-instance-class"
    static let backend = "backend"
    static let stateBucket = "state-bucket"
    static let stateKey = "state-key"
    static let lockTable = "lock-table"
  }

  /// The upgrade facts of `wandb/wandb/aws`.
  static let upgrade = UpgradeLine(
    module: infrastructureModule, appModule: appModule, operatorMajor: operatorMajor, majorNotes: AWSUpgradeNotes.majors,
    operatorMigrationReference: "terraform-aws-wandb docs/operator-migration", migrations: AWSMigrations.all,
    clusterVersion: ClusterVersionFacts(
      input: "eks_cluster_version", flag: "eks-cluster-version",
      // EKS module v17 (2.x to 7.x) goes no further than 1.30. From 4.x the module installs
      // EKS add-ons built for one minor (kube-proxy must not be newer than the cluster):
      // 4.24 for 1.28, 5.x and 6.x for 1.29, 7.12 and later for 1.30.
      support: [
        .init(
          majors: 2...3, lowest: nil, highest: SemanticVersion(1, 30, 0),
          reference: "docs/v8-upgrade-guide.md: EKS module v17 goes no further than 1.30; move to 8.x first"),
        .init(
          majors: 4...4, lowest: SemanticVersion(1, 28, 0), highest: SemanticVersion(1, 30, 0),
          reference: "terraform-aws-wandb 4.24.0 modules/app_eks/add-ons.tf (add-ons for EKS 1.28)"),
        .init(
          majors: 5...6, lowest: SemanticVersion(1, 29, 0), highest: SemanticVersion(1, 30, 0),
          reference: "terraform-aws-wandb 5.x modules/app_eks/add-ons.tf (add-ons for EKS 1.29)"),
        .init(
          majors: 7...7, lowest: SemanticVersion(1, 30, 0), highest: SemanticVersion(1, 30, 0),
          reference: "terraform-aws-wandb 7.18.2 modules/app_eks/add-ons.tf (add-ons for EKS 1.30); EKS module v17 goes no further"),
        .init(
          majors: 8...8, lowest: SemanticVersion(1, 30, 0), highest: SemanticVersion(1, 35, 0),
          reference: "terraform-aws-wandb 8.0.0 README: EKS 1.30 to 1.35"),
      ]))

  /// The questions of an AWS line, in wizard order; `versionQuestion` is the
  /// line's W&B version or size question, `clusterVersion` its default EKS minor.
  static func questions(versionQuestion: Question, clusterVersion: String) -> [Question] {
    [
      CoreQuestions.namespace(
        hint: "prefix of every AWS resource name: lowercase letters, digits and '-', at most 24 characters",
        maximumLength: 24, reason: "it prefixes AWS resource names"),
      CoreQuestions.domainName(hint: "the domain whose Route53 zone you control, such as example.com"),
      CoreQuestions.subdomainQuestion,
      Question(
        Q.zoneID, valueName: "id", environment: "WBSCAFFOLD_ZONE_ID", prompt: "Route53 hosted zone id",
        hint: "like Z0123456789ABCDEFGHIJ: see `aws route53 list-hosted-zones`", remembered: [.tfvars("zone_id")],
        validate: { raw throws(ValidationError) in try AWSValidation.zoneID(raw) }),
      Question(
        Q.region, valueName: "region", environment: "AWS_REGION", prompt: "AWS region", hint: "such as us-east-1",
        remembered: [.tfvars("region")], validate: { raw throws(ValidationError) in try AWSValidation.region(raw) }),
      CoreQuestions.allowedCIDR(tfvars: "allowed_inbound_cidr"),
      Question(
        Q.ipv6CIDR, .list, valueName: "cidr", prompt: "Allowed IPv6 CIDRs (comma-separated)",
        hint: "empty allows no IPv6 client; ::/0 opens W&B to the whole IPv6 internet", optional: true, default: [],
        remembered: [.tfvars("allowed_inbound_ipv6_cidr")],
        validate: { raw throws(ValidationError) in try AnswerValidation.ipv6CIDR(raw) }),
      Question(
        Q.apiCIDR, .list, valueName: "cidr", prompt: "EKS API access CIDRs (comma-separated)",
        hint:
          "public addresses from which Terraform reaches the Kubernetes API, such as your CI runners' egress IPs; 0.0.0.0/0 is open to all (IAM still authenticates)",
        default: ["0.0.0.0/0"], remembered: [.tfvars("kubernetes_public_access_cidrs")],
        validate: { raw throws(ValidationError) in try AWSValidation.eksAPICIDR(raw) }),
      Question(
        Q.clusterVersion, valueName: "1.NN", prompt: "EKS Kubernetes version",
        hint: "a minor version the module line supports; upgrade one minor at a time", default: [clusterVersion],
        remembered: [.tfvars("eks_cluster_version")],
        validate: { raw throws(ValidationError) in try AWSValidation.eksVersion(raw) }),
      versionQuestion,
      CoreQuestions.licenseQuestion,
      Question(
        Q.redis, .toggle, prompt: "Create an ElastiCache Redis?",
        hint: "caches queries for faster dashboards; costs one ElastiCache node", default: ["true"],
        remembered: [.moduleArgument("create_elasticache")]),
      Question(
        Q.sqs, .toggle, prompt: "Create an SQS queue for bucket notifications?",
        hint: "optional external queue; the built-in queue performs as well", default: ["false"],
        remembered: [.moduleArgument("use_internal_queue", inverted: true)]),
      Question(
        Q.bucket, valueName: "bucket", prompt: "Your own S3 bucket for W&B files",
        hint: "an existing bucket (compliance, a data lake); W&B then uses its internal queue. Empty: the module creates one",
        optional: true, default: [], remembered: [.tfvars("bucket_name")],
        validate: { raw throws(ValidationError) in try AWSValidation.bucket(raw) }),
      Question(
        Q.bucketKMSKey, valueName: "arn", prompt: "KMS key that encrypts your bucket",
        hint: "its key ARN, arn:aws:kms:REGION:ACCOUNT:key/ID; empty: the bucket's default (SSE-S3) encryption",
        optional: true, default: [], remembered: [.tfvars("bucket_kms_key_arn")], requires: Q.bucket,
        askedAfter: Q.bucket, validate: { raw throws(ValidationError) in try AWSValidation.bucketKMSKey(raw) }),
      CoreQuestions.workloadQuestion,
      CoreQuestions.environmentQuestion,
      Question(
        Q.nodeTypes, .list, valueName: "type", prompt: "EKS node instance types",
        hint: "EKS node instance type (wins over --workload)", optional: true, default: [],
        remembered: [.regenerateCommand], isAsked: false,
        validate: { raw throws(ValidationError) in try AWSValidation.instanceType(raw) }),
      Question(
        Q.databaseClass, valueName: "class", prompt: "Aurora instance class",
        hint: "Aurora instance class (wins over --workload)", optional: true, default: [],
        remembered: [.regenerateCommand], isAsked: false,
        validate: { raw throws(ValidationError) in try AWSValidation.databaseClass(raw) }),
      Question(
        Q.backend, .choice(["s3"]), valueName: "kind", prompt: "Remote state backend", hint: "remote state backend",
        optional: true, default: [], remembered: [.backendType("s3")], isAsked: false),
      Question(
        Q.stateBucket, valueName: "bucket", prompt: "S3 bucket for the Terraform state",
        hint: "an existing bucket keeps the state safe and shared; empty keeps a local state file (trials only)",
        optional: true, default: [], remembered: [.backendArgument(type: "s3", name: "bucket")],
        requiredWhen: (Q.backend, "s3"), validate: { raw throws(ValidationError) in try AWSValidation.bucket(raw) }),
      Question(
        Q.stateKey, valueName: "key", prompt: "Object key of the state", hint: "object key of the state",
        default: ["wandb/terraform.tfstate"], remembered: [.backendArgument(type: "s3", name: "key")],
        isAsked: false, requires: Q.stateBucket,
        validate: { raw throws(ValidationError) in try AWSValidation.stateKey(raw) }),
      Question(
        Q.lockTable, valueName: "table", prompt: "DynamoDB table for state locking",
        hint: "empty locks with an S3 lock file instead (Terraform 1.10 or later)", optional: true, default: [],
        remembered: [.backendArgument(type: "s3", name: "dynamodb_table")], requires: Q.stateBucket,
        askedAfter: Q.stateBucket, validate: { raw throws(ValidationError) in try AWSValidation.lockTable(raw) }),
    ]
  }

  /// The sample answers of `init --example`.
  static let exampleAnswers: [String: [String]] = [
    CoreQuestions.namespace: ["wandb-example"], CoreQuestions.domainName: ["example.com"],
    CoreQuestions.subdomain: ["wandb"], Q.zoneID: ["Z0123456789EXAMPLE"], Q.region: ["us-east-1"],
    CoreQuestions.allowedCIDR: ["198.51.100.0/24"], Q.apiCIDR: ["203.0.113.0/24"],
  ]
}
