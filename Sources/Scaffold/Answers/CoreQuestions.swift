/// The questions every module line shares: the W&B host, the license, who may
/// reach it, and the reference-architecture sizing. A blueprint lists them among
/// its own questions, with hints in its cloud's words.
public enum CoreQuestions {
  /// Question ids of the shared core.
  public static let namespace = "namespace"
  public static let domainName = "domain-name"
  public static let subdomain = "subdomain"
  public static let license = "license-file"
  public static let allowedCIDR = "allowed-cidr"
  public static let size = "size"
  public static let wandbVersion = "wandb-version"
  public static let workload = "workload"
  public static let environment = "environment"

  /// `--namespace`: the prefix of every resource name, at most `maximumLength` characters.
  public static func namespace(hint: String, maximumLength: Int, reason: String) -> Question {
    Question(
      namespace, valueName: "name", environment: "WBSCAFFOLD_NAMESPACE", prompt: "Namespace", hint: hint,
      remembered: [.tfvars("namespace")],
      validate: { raw throws(ValidationError) in
        try AnswerValidation.namespace(raw, maximumLength: maximumLength, reason: reason)
      })
  }

  /// `--domain-name`.
  public static func domainName(hint: String) -> Question {
    Question(
      domainName, valueName: "domain", environment: "WBSCAFFOLD_DOMAIN_NAME", prompt: "Domain name", hint: hint,
      remembered: [.tfvars("domain_name")], validate: { raw throws(ValidationError) in try AnswerValidation.domainName(raw) })
  }

  /// `--subdomain`: optional, empty serves on the domain itself.
  public static let subdomainQuestion = Question(
    subdomain, valueName: "label", environment: "WBSCAFFOLD_SUBDOMAIN", prompt: "Subdomain",
    hint: "host label in front of the domain (wandb gives wandb.example.com); empty serves on the domain itself",
    optional: true, default: [""], remembered: [.tfvars("subdomain")],
    validate: { raw throws(ValidationError) in try AnswerValidation.subdomain(raw) ?? "" })

  /// `--allowed-cidr`, remembered from the tfvars key `tfvars`.
  public static func allowedCIDR(tfvars: String) -> Question {
    Question(
      allowedCIDR, .list, valueName: "cidr", prompt: "Allowed IPv4 CIDRs (comma-separated)",
      hint: "who may reach W&B; 0.0.0.0/0 opens it to the whole internet", remembered: [.tfvars(tfvars)],
      validate: { raw throws(ValidationError) in try AnswerValidation.ipv4CIDR(raw) })
  }

  /// `--wandb-version`, on lines that set the W&B Server version in Terraform.
  public static let wandbVersionQuestion = Question(
    wandbVersion, valueName: "version", prompt: "W&B Server version",
    hint: "'latest' or a release such as 0.58.1 (pin it for production)", default: ["latest"],
    remembered: [.tfvars("wandb_version")],
    validate: { raw throws(ValidationError) in try AnswerValidation.wandbVersion(raw) })

  /// `--size`: the module's size preset.
  public static let sizeQuestion = Question(
    size, valueName: "size", prompt: "Deployment size",
    hint: "small, medium, large, xlarge or xxlarge: picks node, database and cache sizes", default: ["small"],
    remembered: [.tfvars("size")], validate: { raw throws(ValidationError) in try AnswerValidation.size(raw) })

  /// `--license-file`: the license, from a file, standard input or `WANDB_LICENSE`.
  public static let licenseQuestion = Question(
    license, .secretFile, valueName: "path", environment: "WANDB_LICENSE", prompt: "W&B license",
    hint: "your W&B Server license key (input is hidden)", remembered: [.tfvars("license")],
    validate: { raw throws(ValidationError) in try AnswerValidation.license(raw) })

  /// `--workload`: size nodes and database from the reference architecture.
  public static let workloadQuestion = Question(
    workload, .choice(Workload.allCases.map(\.rawValue)), valueName: "kind", prompt: "Workload to size for",
    hint: "node and database sizes from the W&B reference architecture; empty keeps the module's defaults",
    optional: true, default: [], remembered: [.regenerateCommand])

  /// `--environment`: dev or prod sizing and deletion protection.
  public static let environmentQuestion = Question(
    environment, .choice(Environment.allCases.map(\.rawValue)), valueName: "class", prompt: "Environment",
    hint: "prod: production sizes, deletion protection on; dev: test sizes, database and bucket can be destroyed",
    optional: true, default: [], remembered: [.regenerateCommand], askedAfter: workload, requiredWhenAsked: true)
}
