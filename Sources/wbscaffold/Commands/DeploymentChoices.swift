import Scaffold

/// Sizing and state-backend choices of `init`: from flags, completed by the
/// wizard on a terminal, then validated onto the answers.
struct DeploymentChoices {
  var workload: String?
  var environment: String?
  var nodeInstanceTypes: [String] = []
  var databaseInstanceClass: String?
  var backend: String?
  var stateBucket: String?
  var stateKey: String?
  var lockTable: String?

  /// The choices given as flags.
  init(_ args: ParsedArguments) {
    workload = args.value("workload")
    environment = args.value("environment")
    nodeInstanceTypes = args.allValues("node-instance-type")
    databaseInstanceClass = args.value("database-instance-class")
    backend = args.value("backend")
    stateBucket = args.value("state-bucket")
    stateKey = args.value("state-key")
    lockTable = args.value("lock-table")
  }

  /// Whether any sizing flag was given (then the wizard does not ask for a workload).
  var sizingGiven: Bool { workload != nil || environment != nil || !nodeInstanceTypes.isEmpty || databaseInstanceClass != nil }

  /// Whether the backend is settled by flags (a bucket given); `--backend s3`
  /// alone still needs the bucket asked for.
  var backendGiven: Bool { stateBucket != nil }

  /// Validates the choices onto `answers`; `sizeExplicit` keeps a `--size` the user gave.
  func apply(to answers: inout Answers, sizeExplicit: Bool) throws(UsageError) {
    let spec = InitOptions.spec
    answers.workload = workload.flatMap(Workload.init(rawValue:))
    answers.environment = environment.flatMap(Environment.init(rawValue:))
    let nodes = try nodeInstanceTypes.map { t throws(UsageError) in
      try Self.valid(t, for: "--node-instance-type", AnswerValidation.instanceType)
    }
    if !nodes.isEmpty { answers.nodeInstanceTypes = nodes }
    if let databaseInstanceClass {
      answers.databaseInstanceClass = try Self.valid(
        databaseInstanceClass, for: "--database-instance-class", AnswerValidation.databaseClass)
    }
    if answers.size != nil, !sizeExplicit, let sizing = answers.sizing, answers.workload != nil || answers.environment != nil {
      answers.size = sizing.preset().size
    }
    if backend == "s3" || stateBucket != nil {
      guard let stateBucket else { throw UsageError("--backend s3 needs --state-bucket <bucket>", spec: spec) }
      answers.backend = Backend(
        bucket: try Self.valid(stateBucket, for: "--state-bucket", Backend.validateBucket),
        key: try Self.valid(stateKey ?? "wandb/terraform.tfstate", for: "--state-key", Backend.validateKey),
        lockTable: try lockTable.map { t throws(UsageError) in try Self.valid(t, for: "--lock-table", Backend.validateTable) })
    } else if lockTable != nil || stateKey != nil {
      throw UsageError("--state-key and --lock-table need --backend s3 --state-bucket <bucket>", spec: spec)
    }
  }

  /// `value` checked by `validate`; a refusal is a usage error naming `flag`.
  private static func valid(
    _ value: String, for flag: String, _ validate: (String) throws(ValidationError) -> String
  ) throws(UsageError) -> String {
    do {
      return try validate(value)
    } catch {
      throw UsageError("invalid value for '\(flag)': \(error.message)", spec: InitOptions.spec)
    }
  }
}
