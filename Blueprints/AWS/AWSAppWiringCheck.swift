import HCL
import Scaffold

/// W&B-specific consistency on the pre-operator line (aws module < 4 plus the
/// `wandb/wandb/kubernetes` app module): what the infrastructure module creates
/// must be what the app reads.
///
/// - The W&B guide's recommended configuration leaves `use_internal_queue` at its
///   default `false`, so the aws module creates an SQS queue and bucket
///   notifications, while the app reads `bucket_queue = "internal://"`: a queue
///   nobody reads (a warning).
/// - The reverse, `bucket_queue = "sqs://${...bucket_queue_name}"` with the
///   internal queue, fails at plan: the queue name output is null (an error).
/// - ElastiCache is created by default but used only when the app gets
///   `redis_connection_string` (a warning).
struct AWSAppWiringCheck: CheckRule {
  func check(_ context: CheckContext, findings: inout FindingList) {
    let infrastructure = context.calls(to: AWSLine.infrastructureModule)
    let apps = context.calls(to: AWSLine.appModule)
    // Only one infrastructure module and one app can be paired without guessing.
    guard infrastructure.count == 1, apps.count == 1, let infra = infrastructure.first, let app = apps.first,
      let release = infra.release, release.major < AWSLine.operatorMajor
    else { return }
    checkQueue(infra.call, infra.resolution, app.call, context, &findings)
    checkCache(infra.call, infra.resolution, app.call, context, &findings)
  }

  private func checkQueue(
    _ infra: ModuleCall, _ resolution: ModuleResolution, _ app: ModuleCall, _ context: CheckContext,
    _ findings: inout FindingList
  ) {
    guard let internalQueue = setting("use_internal_queue", of: infra, resolution, context),
      let queue = app.argument("bucket_queue"),
      case .template(let template) = queue.attribute.expression.kind,
      case .literal(let head, _)? = template.parts.first
    else { return }
    let (file, token) = location("use_internal_queue", of: infra)
    if !internalQueue && head == "internal://" && template.parts.count == 1 {
      findings.add(
        .unusedQueue, .warning, in: file, at: token,
        "\(infra.name) creates an SQS queue (use_internal_queue is false) but \(app.name) reads bucket_queue = \"internal://\": the queue and its bucket notifications are never used",
        hint:
          "set use_internal_queue = true, or bucket_queue = \"sqs://${module.\(infra.label).bucket_queue_name}\"")
    } else if internalQueue && head.hasPrefix("sqs://") {
      findings.add(
        .queueMismatch, .error, in: queue.file, at: queue.attribute.nameToken,
        "\(app.name) reads an SQS queue but \(infra.name) uses the internal queue: bucket_queue_name is null and the plan fails",
        hint: "set use_internal_queue = false in \(infra.name), or bucket_queue = \"internal://\"")
    }
  }

  private func checkCache(
    _ infra: ModuleCall, _ resolution: ModuleResolution, _ app: ModuleCall, _ context: CheckContext,
    _ findings: inout FindingList
  ) {
    guard let cache = setting("create_elasticache", of: infra, resolution, context) else { return }
    let connection = app.argument("redis_connection_string")
    if cache, connection == nil {
      let (file, token) = location("create_elasticache", of: infra)
      findings.add(
        .unusedElastiCache, .warning, in: file, at: token,
        "\(infra.name) creates an ElastiCache Redis (create_elasticache\(infra.argument("create_elasticache") == nil ? " defaults to true" : " = true")) but \(app.name) never receives it",
        hint:
          "pass redis_connection_string = \"redis://${module.\(infra.label).elasticache_connection_string}?tls=true&ttlInSeconds=604800\" to \(app.name), or set create_elasticache = false"
      )
    } else if !cache, let connection, interpolatesDirectly(connection.attribute.expression, infra) {
      findings.add(
        .cacheMismatch, .error, in: connection.file, at: connection.attribute.nameToken,
        "\(app.name) reads the ElastiCache connection string but \(infra.name) creates no cache (create_elasticache = false): the output is null and the plan fails",
        hint: "set create_elasticache = true in \(infra.name), or remove redis_connection_string from \(app.name)")
    }
  }

  /// Whether `expression` is a template that interpolates
  /// `module.<infra>.elasticache_connection_string` as is. Interpolating null fails
  /// the plan; a use under a conditional or a function may be guarded, so it is
  /// not reported.
  private func interpolatesDirectly(_ expression: Expression, _ infra: ModuleCall) -> Bool {
    guard case .template(let template) = expression.kind else { return false }
    return template.parts.contains { part in
      guard case .interpolation(let inner) = part, case .getAttribute = inner.kind else { return false }
      let references = inner.references
      return references.count == 1 && references[0].root == "module" && references[0].path.first == infra.label
        && references[0].path.dropFirst().first == "elasticache_connection_string"
    }
  }

  /// Where to report about argument `name` of `call`: the argument, or the block header when unset.
  private func location(_ name: String, of call: ModuleCall) -> (ConfigurationFile, Int) {
    guard let argument = call.argument(name) else { return (call.file, call.block.typeToken) }
    return (argument.file, argument.attribute.nameToken)
  }

  /// A bool argument's effective value: a literal, a `var.X` with a tfvars value,
  /// or the module's default when absent; nil when it cannot be known.
  private func setting(_ name: String, of call: ModuleCall, _ resolution: ModuleResolution, _ context: CheckContext) -> Bool? {
    guard call.argument(name) != nil else {
      switch resolution.interface?.input(named: name)?.defaultHCL {
      case "true": return true
      case "false": return false
      default: return nil
      }
    }
    guard case .bool(let b)? = context.writtenValue(name, of: call)?.value else { return nil }
    return b
  }
}

extension Finding.Rule {
  /// aws < 4 creates an SQS queue the app module never reads.
  static let unusedQueue = Finding.Rule("unused-sqs-queue")
  /// The app module reads an SQS queue the aws module does not create.
  static let queueMismatch = Finding.Rule("queue-mismatch")
  /// aws < 4 creates an ElastiCache Redis the app module never receives.
  static let unusedElastiCache = Finding.Rule("unused-elasticache")
  /// The app module reads an ElastiCache Redis the aws module does not create.
  static let cacheMismatch = Finding.Rule("cache-mismatch")
}

extension AWSAppWiringCheck {
  /// What its rules are about, for `check --format sarif`.
  static let ruleHelp: [Finding.Rule: RuleHelp] = [
    .unusedQueue: RuleHelp(
      "An SQS queue the app module never reads.",
      "With use_internal_queue false, aws releases below 4 create an SQS queue and bucket notifications; an app module reading bucket_queue = \"internal://\" never uses them.",
      "Set use_internal_queue = true, or pass the queue to the app module as bucket_queue = \"sqs://...\"."),
    .queueMismatch: RuleHelp(
      "The app module reads an SQS queue the aws module does not create.", "W&B Server then points at a queue that does not exist.",
      "Create the queue in the aws module, or stop passing it to the app module."),
    .unusedElastiCache: RuleHelp(
      "An ElastiCache Redis the app module never receives.",
      "aws releases below 4 create an ElastiCache cluster that the app module must be given, or it is paid for and unused.",
      "Pass the Redis connection to the app module, or stop creating it."),
    .cacheMismatch: RuleHelp(
      "The app module reads an ElastiCache Redis the aws module does not create.", "W&B Server then points at a Redis that does not exist.",
      "Create the cache in the aws module, or stop passing it to the app module."),
  ]
}
