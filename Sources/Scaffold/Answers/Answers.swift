/// Every validated value a blueprint renders from.
///
/// Built from flags, environment variables, an existing terraform.tfvars or the
/// wizard; each field holds a value that already passed `AnswerValidation`.
public struct Answers: Sendable, Equatable {
  /// The blueprint id, such as `aws-v2`.
  public var blueprint: String
  /// Prefix of every AWS resource name.
  public var namespace: String
  /// The domain, such as `example.com`.
  public var domainName: String
  /// The host label in front of the domain, if any.
  public var subdomain: String?
  /// The Route53 hosted zone id for `domainName`.
  public var zoneID: String
  /// The AWS region.
  public var region: String
  /// IPv4 blocks allowed to reach the load balancer.
  public var allowedCIDRs: [String]
  /// IPv6 blocks allowed to reach the load balancer.
  public var allowedIPv6CIDRs: [String]
  /// Public IPv4 blocks from which Terraform reaches the EKS API endpoint.
  public var eksAPICIDRs: [String]
  /// The EKS Kubernetes minor version.
  public var eksClusterVersion: String
  /// The W&B Server version (blueprints with an app module only).
  public var wandbVersion: String?
  /// The deployment size preset (operator blueprints only).
  public var size: String?
  /// The W&B license key. Secret: never printed.
  public var license: String
  /// Whether to create an ElastiCache Redis.
  public var redis: Bool
  /// Whether to create an SQS queue for bucket notifications.
  public var sqs: Bool
  /// Version pins, keyed by `PinKey`; missing keys take the blueprint's defaults.
  public var pins: [PinKey: String]
  /// The workload the reference architecture sizes for, if chosen.
  public var workload: Workload?
  /// The environment class (dev or prod), if chosen.
  public var environment: Environment?
  /// Node instance types given explicitly (win over the sizing table).
  public var nodeInstanceTypes: [String]?
  /// Database instance class given explicitly (wins over the sizing table).
  public var databaseInstanceClass: String?
  /// Remote state backend, if any.
  public var backend: Backend?

  /// Makes answers.
  public init(
    blueprint: String, namespace: String, domainName: String, subdomain: String?, zoneID: String,
    region: String, allowedCIDRs: [String], allowedIPv6CIDRs: [String], eksAPICIDRs: [String] = ["0.0.0.0/0"],
    eksClusterVersion: String,
    wandbVersion: String?, size: String?, license: String, redis: Bool, sqs: Bool,
    pins: [PinKey: String] = [:]
  ) {
    self.blueprint = blueprint
    self.namespace = namespace
    self.domainName = domainName
    self.subdomain = subdomain
    self.zoneID = zoneID
    self.region = region
    self.allowedCIDRs = allowedCIDRs
    self.allowedIPv6CIDRs = allowedIPv6CIDRs
    self.eksAPICIDRs = eksAPICIDRs
    self.eksClusterVersion = eksClusterVersion
    self.wandbVersion = wandbVersion
    self.size = size
    self.license = license
    self.redis = redis
    self.sqs = sqs
    self.pins = pins
  }

  /// Node and database sizes: the reference architecture for the chosen workload
  /// and environment, with explicit flags winning; nil when none was chosen.
  public var sizing: Sizing? {
    guard workload != nil || environment != nil || nodeInstanceTypes != nil || databaseInstanceClass != nil else {
      return nil
    }
    let base: Sizing? =
      (workload != nil || environment != nil)
      ? Sizing.reference(workload ?? .both, environment ?? .dev) : nil
    return Sizing(
      nodeInstanceTypes: nodeInstanceTypes ?? base?.nodeInstanceTypes ?? [],
      databaseInstanceClass: databaseInstanceClass ?? base?.databaseInstanceClass ?? "",
      origin: base?.origin ?? "explicit flags")
  }

  /// Whether the state backend locks with an S3 lock file (no DynamoDB table).
  public var usesLockFile: Bool { backend.map { $0.lockTable == nil } ?? false }

  /// The full host name W&B is served on.
  public var fqdn: String { subdomain.map { "\($0).\(domainName)" } ?? domainName }
}

/// A version pin a blueprint writes.
public enum PinKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// `version` of the aws module call.
  case module
  /// `version` of the kubernetes module call (app blueprints).
  case kubernetesModule
  /// `required_version` of Terraform.
  case terraform
  /// A provider constraint in `required_providers`, by local name (`aws`, `helm`, ...).
  case provider(String)

  /// The command-line flag that sets it.
  public var flag: String {
    switch self {
    case .module: return "--module-version"
    case .kubernetesModule: return "--kubernetes-module-version"
    case .terraform: return "--terraform-version"
    case .provider(let name): return "--\(name)-provider-version"
    }
  }

  /// A short description for help and summaries.
  public var description: String {
    switch self {
    case .module: return "aws module"
    case .kubernetesModule: return "kubernetes module"
    case .terraform: return "Terraform"
    case .provider(let name): return "\(name) provider"
    }
  }

  /// Whether the constraint is read with provider semantics.
  public var dialect: VersionConstraint.Dialect {
    if case .provider = self { return .provider }
    return .module
  }
}
