/// One thing `init` needs to know, described once: the flag and its help, the
/// environment variable, the wizard's prompt, the tfvars or module argument it is
/// remembered from, the validator and the default. A blueprint lists its own.
///
/// The id is the flag's long name without dashes (`namespace` for `--namespace`), so
/// the option table, the wizard, the regenerate command and error messages all
/// derive from the same value.
public struct Question: Sendable, Identifiable {
  /// How a question takes its value.
  public enum Kind: Sendable, Equatable {
    /// One value: `--region us-east-1`.
    case value
    /// Several values: a repeatable flag, a comma-separated answer.
    case list
    /// Yes or no: `--redis` / `--no-redis`, stored as "true" or "false".
    case toggle
    /// One of a fixed set: `--workload models`.
    case choice([String])
    /// A secret read from the file the flag names (or standard input for `-`) or
    /// from the environment; never echoed, printed or put on a command line.
    case secretFile
  }

  /// The flag's long name without dashes, such as `namespace`.
  public var id: String
  /// How it takes its value.
  public var kind: Kind
  /// The value's name in help, such as `name` for `--namespace <name>`.
  public var valueName: String
  /// An environment variable that supplies it, if any.
  public var environment: String?
  /// The wizard's question.
  public var prompt: String
  /// One line of help shown under the question and in `--help`.
  public var hint: String
  /// Whether an empty answer is allowed (then it has no value).
  public var isOptional: Bool
  /// The default, when there is one; nil means the question must be answered.
  public var defaultValue: [String]?
  /// Where an existing directory remembers the answer, for a re-run of `init`.
  public var remembered: [RememberedFrom]
  /// The question that must have a value for this one to apply (`state-key`
  /// applies only with a `state-bucket`); a value given without it is refused.
  public var requires: String?
  /// The question that, once it has this value, makes this one required
  /// (`--backend s3` requires `--state-bucket`).
  public var requiredWhen: (question: String, value: String)?
  /// The question whose answer makes the wizard ask this one (`environment`
  /// after a `workload`, `lock-table` after a `state-bucket`); nil: always asked.
  public var askedAfter: String?
  /// Whether the wizard needs an answer once `askedAfter` is answered.
  public var requiredWhenAsked: Bool
  /// Whether the wizard asks it at all (some values are for flags only).
  public var isAsked: Bool
  /// Validates and normalizes one raw value.
  public var validator: @Sendable (String) throws(ValidationError) -> String

  /// The id for `Identifiable`.
  public var flag: String { "--" + id }

  /// Makes a question; `validate` defaults to trimming (or the choice list).
  public init(
    _ id: String, _ kind: Kind = .value, valueName: String = "value", environment: String? = nil,
    prompt: String, hint: String, optional: Bool = false, default defaultValue: [String]? = nil,
    remembered: [RememberedFrom] = [], isAsked: Bool = true, requiredWhen: (question: String, value: String)? = nil,
    requires: String? = nil, askedAfter: String? = nil, requiredWhenAsked: Bool = false, validate: (@Sendable (String) throws(ValidationError) -> String)? = nil
  ) {
    self.id = id
    self.kind = kind
    self.valueName = valueName
    self.environment = environment
    self.prompt = prompt
    self.hint = hint
    self.isOptional = optional
    self.defaultValue = defaultValue
    self.remembered = remembered
    self.requires = requires
    self.requiredWhen = requiredWhen
    self.askedAfter = askedAfter
    self.requiredWhenAsked = requiredWhenAsked
    self.isAsked = isAsked
    if let validate {
      self.validator = validate
    } else {
      switch kind {
      case .toggle: self.validator = Question.toggleValidator
      case .choice(let values): self.validator = Question.choiceValidator(values)
      default: self.validator = Question.trimmingValidator
      }
    }
  }

  private static let toggleValidator: @Sendable (String) throws(ValidationError) -> String = { raw throws(ValidationError) in
    try AnswerValidation.bool(raw) ? "true" : "false"
  }

  private static let trimmingValidator: @Sendable (String) throws(ValidationError) -> String = { raw throws(ValidationError) in
    raw.trimmingBlanks
  }

  private static func choiceValidator(_ values: [String]) -> @Sendable (String) throws(ValidationError) -> String {
    { raw throws(ValidationError) in try AnswerValidation.choice(raw, values) }
  }

  /// Whether several values are allowed.
  public var isList: Bool { kind == .list }
  /// Whether it is a yes/no question.
  public var isToggle: Bool { kind == .toggle }
  /// Whether the value is a secret.
  public var isSecret: Bool { kind == .secretFile }

  /// Validates and normalizes one raw value.
  public func validate(_ raw: String) throws(ValidationError) -> String { try validator(raw) }

  /// Validates a list answer: comma- or space-separated values, each validated,
  /// duplicates dropped; every invalid item is reported, not only the first.
  public func validateList(_ raw: [String]) throws(ValidationError) -> [String] {
    var out: [String] = []
    var errors: [String] = []
    for item in raw.flatMap({ $0.split(whereSeparator: { $0 == "," || $0 == " " }) }) {
      do {
        let value = try validate(String(item))
        if !out.contains(value) { out.append(value) }
      } catch {
        errors.append(error.message)
      }
    }
    if !errors.isEmpty { throw ValidationError(errors.joined(separator: "; ")) }
    if out.isEmpty && !isOptional { throw ValidationError("at least one value is required") }
    return out
  }

  /// Validates `raw` as this question's answer: the list or the single value.
  public func validateAnswer(_ raw: [String]) throws(ValidationError) -> [String] {
    if isList { return try validateList(raw) }
    if isOptional, (raw.last ?? "").trimmingBlanks.isEmpty { return [] }
    let value = try validate(raw.last ?? "")
    return value.isEmpty && isOptional ? [] : [value]
  }
}

/// Where a directory that `init` wrote before holds an answer.
public enum RememberedFrom: Sendable, Equatable {
  /// A key of terraform.tfvars (or the secrets file): `namespace = "wandb"`.
  case tfvars(String)
  /// A constant argument of the blueprint's main module call: `create_elasticache = true`;
  /// `inverted` reads a boolean the other way round (`use_internal_queue = false` is a queue).
  case moduleArgument(String, inverted: Bool = false)
  /// An argument of the `backend "TYPE"` block in `terraform {}`: `bucket`, `key`.
  case backendArgument(type: String, name: String)
  /// Whether a `backend "TYPE"` block exists: the answer is the type.
  case backendType(String)
  /// The flag's values in the regenerate command of the README.md that `init`
  /// wrote: for choices whose only trace in the `.tf` files is their effect (the
  /// workload and environment behind a sizing, a machine type given by flag).
  case regenerateCommand
}
