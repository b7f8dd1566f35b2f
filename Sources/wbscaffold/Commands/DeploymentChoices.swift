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

  /// Whether a backend was asked for.
  var backendGiven: Bool { backend != nil || stateBucket != nil }

  /// Validates the choices onto `answers`; `sizeExplicit` keeps a `--size` the user gave.
  func apply(to answers: inout Answers, sizeExplicit: Bool) throws(UsageError) {
    let spec = InitOptions.spec
    answers.workload = workload.flatMap(Workload.init(rawValue:))
    answers.environment = environment.flatMap(Environment.init(rawValue:))
    do {
      let nodes = try nodeInstanceTypes.map { (t: String) throws(ValidationError) in try AnswerValidation.instanceType(t) }
      if !nodes.isEmpty { answers.nodeInstanceTypes = nodes }
      if let databaseInstanceClass {
        answers.databaseInstanceClass = try AnswerValidation.databaseClass(databaseInstanceClass)
      }
    } catch {
      throw UsageError("invalid sizing: \(error.message)", spec: spec)
    }
    if answers.size != nil, !sizeExplicit, let sizing = answers.sizing, answers.workload != nil || answers.environment != nil {
      answers.size = sizing.preset().size
    }
    if backend == "s3" || stateBucket != nil {
      guard let stateBucket else { throw UsageError("--backend s3 needs --state-bucket <bucket>", spec: spec) }
      do {
        var table: String?
        if let lockTable { table = try Backend.validateTable(lockTable) }
        answers.backend = Backend(
          bucket: try Backend.validateBucket(stateBucket),
          key: try Backend.validateKey(stateKey ?? "wandb/terraform.tfstate"), lockTable: table)
      } catch {
        throw UsageError("invalid state backend: \(error.message)", spec: spec)
      }
    } else if lockTable != nil || stateKey != nil {
      throw UsageError("--state-key and --lock-table need --backend s3 --state-bucket <bucket>", spec: spec)
    }
  }
}
