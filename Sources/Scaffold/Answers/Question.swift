/// One thing `init` needs to know, described once for flags, environment
/// variables, the wizard, help text and existing-tfvars defaults.
public struct Question: Sendable, Identifiable {
  /// Which answer.
  public enum Key: String, Sendable, CaseIterable, Hashable {
    case blueprint, namespace, domainName, subdomain, zoneID, region, allowedCIDR, allowedIPv6CIDR, eksAPICIDR
    case eksClusterVersion, wandbVersion, size, license, redis, sqs
  }

  /// The answer it fills.
  public var key: Key
  /// The flag, such as `--namespace`.
  public var flag: String
  /// The flag's value name in help, such as `<name>`.
  public var valueName: String
  /// An environment variable that supplies it, if any.
  public var environment: String?
  /// The variable name in terraform.tfvars holding it, if any.
  public var tfvarsName: String?
  /// The wizard's question.
  public var prompt: String
  /// One line of help shown under the question and in `--help`.
  public var hint: String
  /// Whether several values are allowed (repeatable flag, comma-separated answer).
  public var isList: Bool
  /// Whether the value is a secret (read without echo, never printed).
  public var isSecret: Bool
  /// Whether it is a yes/no question.
  public var isYesNo: Bool
  /// Whether it may be left empty.
  public var isOptional: Bool

  /// The id for `Identifiable`.
  public var id: Key { key }

  /// Validates and normalizes one raw value.
  public func validate(_ raw: String) throws(ValidationError) -> String {
    switch key {
    case .blueprint: return raw.trimmingBlanks
    case .namespace: return try AnswerValidation.namespace(raw)
    case .domainName: return try AnswerValidation.domainName(raw)
    case .subdomain: return try AnswerValidation.subdomain(raw) ?? ""
    case .zoneID: return try AnswerValidation.zoneID(raw)
    case .region: return try AnswerValidation.region(raw)
    case .allowedCIDR: return try AnswerValidation.ipv4CIDR(raw)
    case .allowedIPv6CIDR: return try AnswerValidation.ipv6CIDR(raw)
    case .eksAPICIDR: return try AnswerValidation.eksAPICIDR(raw)
    case .eksClusterVersion: return try AnswerValidation.eksVersion(raw)
    case .wandbVersion: return try AnswerValidation.wandbVersion(raw)
    case .size: return try AnswerValidation.size(raw)
    case .license: return try AnswerValidation.license(raw)
    case .redis, .sqs: return try AnswerValidation.bool(raw) ? "true" : "false"
    }
  }

  /// Validates a list answer: comma- or space-separated values, each validated.
  public func validateList(_ raw: [String]) throws(ValidationError) -> [String] {
    var out: [String] = []
    for item in raw.flatMap({ $0.split(whereSeparator: { $0 == "," || $0 == " " }) }) {
      let value = try validate(String(item))
      if !out.contains(value) { out.append(value) }
    }
    if out.isEmpty && !isOptional { throw ValidationError("at least one value is required") }
    return out
  }
}

/// The questions, in the order the wizard asks them.
public enum Questions {
  /// Every question.
  public static let all: [Question] = [
    q(.blueprint, "--blueprint", "<name>", env: nil, tfvars: nil, "Blueprint (module line)",
      "aws-v2: aws 2.x + kubernetes app module (the W&B guide); aws-v8: the current operator line"),
    q(.namespace, "--namespace", "<name>", env: "WBSCAFFOLD_NAMESPACE", tfvars: "namespace", "Namespace",
      "prefix of every AWS resource name: lowercase letters, digits and '-', at most 24 characters"),
    q(.domainName, "--domain-name", "<domain>", env: "WBSCAFFOLD_DOMAIN_NAME", tfvars: "domain_name", "Domain name",
      "the domain whose Route53 zone you control, such as example.com"),
    q(.subdomain, "--subdomain", "<label>", env: "WBSCAFFOLD_SUBDOMAIN", tfvars: "subdomain", "Subdomain",
      "host label in front of the domain (wandb gives wandb.example.com); empty serves on the domain itself",
      optional: true),
    q(.zoneID, "--zone-id", "<id>", env: "WBSCAFFOLD_ZONE_ID", tfvars: "zone_id", "Route53 hosted zone id",
      "like Z0123456789ABCDEFGHIJ: see `aws route53 list-hosted-zones`"),
    q(.region, "--region", "<region>", env: "AWS_REGION", tfvars: "region", "AWS region", "such as us-east-1"),
    q(.allowedCIDR, "--allowed-cidr", "<cidr>", env: nil, tfvars: "allowed_inbound_cidr",
      "Allowed IPv4 CIDRs (comma-separated)",
      "who may reach W&B; 0.0.0.0/0 opens it to the whole internet", list: true),
    q(.allowedIPv6CIDR, "--allowed-ipv6-cidr", "<cidr>", env: nil, tfvars: "allowed_inbound_ipv6_cidr",
      "Allowed IPv6 CIDRs (comma-separated)", "empty allows no IPv6 client; ::/0 opens W&B to the whole IPv6 internet",
      list: true, optional: true),
    q(.eksAPICIDR, "--eks-api-cidr", "<cidr>", env: nil, tfvars: "kubernetes_public_access_cidrs",
      "EKS API access CIDRs (comma-separated)",
      "public addresses from which Terraform reaches the Kubernetes API, such as your CI runners' egress IPs; 0.0.0.0/0 is open to all (IAM still authenticates)",
      list: true),
    q(.eksClusterVersion, "--eks-cluster-version", "<1.NN>", env: nil, tfvars: "eks_cluster_version",
      "EKS Kubernetes version", "a minor version the module line supports; upgrade one minor at a time"),
    q(.wandbVersion, "--wandb-version", "<version>", env: nil, tfvars: "wandb_version", "W&B Server version",
      "'latest' or a release such as 0.58.1 (pin it for production)"),
    q(.size, "--size", "<size>", env: nil, tfvars: "size", "Deployment size",
      "small, medium, large, xlarge or xxlarge: picks node, database and cache sizes"),
    q(.license, "--license-file", "<path>", env: "WANDB_LICENSE", tfvars: "license", "W&B license",
      "your W&B Server license key (input is hidden)", secret: true),
    q(.redis, "--redis", "", env: nil, tfvars: nil, "Create an ElastiCache Redis?",
      "caches queries for faster dashboards; costs one ElastiCache node", yesNo: true),
    q(.sqs, "--sqs", "", env: nil, tfvars: nil, "Create an SQS queue for bucket notifications?",
      "optional external queue; the built-in queue performs as well", yesNo: true),
  ]

  /// The question for `key`.
  public static func question(_ key: Question.Key) -> Question {
    guard let q = all.first(where: { $0.key == key }) else { preconditionFailure("no question \(key)") }
    return q
  }

  private static func q(
    _ key: Question.Key, _ flag: String, _ valueName: String, env: String?, tfvars: String?, _ prompt: String,
    _ hint: String, list: Bool = false, secret: Bool = false, yesNo: Bool = false, optional: Bool = false
  ) -> Question {
    Question(
      key: key, flag: flag, valueName: valueName, environment: env, tfvarsName: tfvars, prompt: prompt, hint: hint,
      isList: list, isSecret: secret, isYesNo: yesNo, isOptional: optional)
  }

  /// Whether `blueprint` asks `key` at all.
  public static func applies(_ key: Question.Key, to blueprint: any Blueprint) -> Bool {
    switch key {
    case .wandbVersion: return blueprint.uses.contains(.wandbVersion)
    case .size: return blueprint.uses.contains(.size)
    default: return true
    }
  }
}
