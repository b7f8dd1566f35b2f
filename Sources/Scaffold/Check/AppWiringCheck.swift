import HCL

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
struct AppWiringCheck {
  let catalog: ModuleCatalog
  let values: VariableValues

  private struct Call {
    var block: BlockSyntax
    var file: ConfigurationFile
    var name: String
  }

  func check(_ files: [ConfigurationFile], findings: inout FindingList) {
    var infrastructure: [(Call, ModuleResolution)] = []
    var apps: [Call] = []
    for file in files where file.tree.isValid && file.role == .configuration {
      for block in file.tree.body.blocks(ofType: "module") {
        guard let source = block.body.attribute(named: "source"),
          case .string(let address) = file.tree.constantValue(of: source.expression),
          let module = catalog.module(address)
        else { continue }
        let call = Call(block: block, file: file, name: "module \"\(block.labels.first?.value ?? "")\"")
        switch module.source {
        case "wandb/wandb/aws":
          infrastructure.append((call, resolve(block, file, module)))
        case "wandb/wandb/kubernetes":
          apps.append(call)
        default:
          continue
        }
      }
    }
    // Only one infrastructure module and one app can be paired without guessing.
    guard infrastructure.count == 1, apps.count == 1, let (infra, resolution) = infrastructure.first,
      let app = apps.first, let release = resolution.release, release.major < 4
    else { return }
    checkQueue(infra, resolution, app, &findings)
    checkCache(infra, resolution, app, &findings)
  }

  private func resolve(_ block: BlockSyntax, _ file: ConfigurationFile, _ module: CatalogModule) -> ModuleResolution {
    var constraint = VersionConstraint(clauses: [])
    if let version = block.body.attribute(named: "version"),
      case .string(let text) = file.tree.constantValue(of: version.expression),
      let parsed = try? VersionConstraint(text)
    {
      constraint = parsed
    }
    return module.resolve(constraint)
  }

  private func checkQueue(_ infra: Call, _ resolution: ModuleResolution, _ app: Call, _ findings: inout FindingList) {
    guard let internalQueue = setting("use_internal_queue", of: infra, resolution),
      let queue = app.block.body.attribute(named: "bucket_queue"),
      case .template(let template) = queue.expression.kind,
      case .literal(let head, _)? = template.parts.first
    else { return }
    let where_ = infra.block.body.attribute(named: "use_internal_queue")?.nameToken ?? infra.block.typeToken
    if !internalQueue && head == "internal://" && template.parts.count == 1 {
      findings.add(
        .unusedQueue, .warning, in: infra.file, at: where_,
        "\(infra.name) creates an SQS queue (use_internal_queue is false) but \(app.name) reads bucket_queue = \"internal://\": the queue and its bucket notifications are never used",
        hint:
          "set use_internal_queue = true, or bucket_queue = \"sqs://${module.\(label(infra)).bucket_queue_name}\"")
    } else if internalQueue && head.hasPrefix("sqs://") {
      findings.add(
        .queueMismatch, .error, in: app.file, at: queue.nameToken,
        "\(app.name) reads an SQS queue but \(infra.name) uses the internal queue: bucket_queue_name is null and the plan fails",
        hint: "set use_internal_queue = false in \(infra.name), or bucket_queue = \"internal://\"")
    }
  }

  private func checkCache(_ infra: Call, _ resolution: ModuleResolution, _ app: Call, _ findings: inout FindingList) {
    guard setting("create_elasticache", of: infra, resolution) == true,
      app.block.body.attribute(named: "redis_connection_string") == nil
    else { return }
    let where_ = infra.block.body.attribute(named: "create_elasticache")?.nameToken ?? infra.block.typeToken
    findings.add(
      .unusedElastiCache, .warning, in: infra.file, at: where_,
      "\(infra.name) creates an ElastiCache Redis (create_elasticache\(infra.block.body.attribute(named: "create_elasticache") == nil ? " defaults to true" : " = true")) but \(app.name) never receives it",
      hint:
        "pass redis_connection_string = \"redis://${module.\(label(infra)).elasticache_connection_string}?tls=true&ttlInSeconds=604800\" to \(app.name), or set create_elasticache = false"
    )
  }

  private func label(_ call: Call) -> String { call.block.labels.first?.value ?? "" }

  /// A bool argument's effective value: a literal, a `var.X` with a tfvars value,
  /// or the module's default when absent; nil when it cannot be known.
  private func setting(_ name: String, of call: Call, _ resolution: ModuleResolution) -> Bool? {
    guard let attribute = call.block.body.attribute(named: name) else {
      switch resolution.interface?.input(named: name)?.defaultHCL {
      case "true": return true
      case "false": return false
      default: return nil
      }
    }
    if case .bool(let b) = call.file.tree.constantValue(of: attribute.expression) { return b }
    let references = attribute.expression.references
    if case .getAttribute = attribute.expression.kind, references.count == 1, let reference = references.first,
      reference.root == "var", reference.path.count == 1,
      case .bool(let b)? = values.assignments[reference.path[0]]?.value
    {
      return b
    }
    return nil
  }
}
