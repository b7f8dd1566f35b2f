import Blueprints
import Scaffold

/// The flags of `wbscaffold init`, and how they turn into explicit answers.
enum InitOptions {
  static var spec: CommandSpec {
    typealias O = CommandSpec.Option
    var options: [O] = [
      O(name: "blueprint", kind: .value("name"), help: "The module line to render.",
        defaultValue: BlueprintCatalog.defaultBlueprint.id, allowedValues: BlueprintCatalog.all.map(\.id)),
    ]
    for q in Questions.all where q.key != .blueprint && !q.isYesNo {
      options.append(
        O(name: String(q.flag.dropFirst(2)), kind: .value(String(q.valueName.dropFirst().dropLast())),
          help: q.key == .license ? "File holding the W&B license ('-' reads standard input)." : capitalized(q.hint),
          repeatable: q.isList, environment: q.environment))
    }
    options += [
      O(name: "redis", kind: .pair, help: "Create an ElastiCache Redis (create_elasticache).", defaultValue: "on"),
      O(name: "sqs", kind: .pair, help: "Create an SQS queue for bucket notifications (use_internal_queue = false).",
        defaultValue: "off"),
      O(name: "workload", kind: .value("kind"), help: "Size nodes and database for this workload (reference architecture).",
        allowedValues: Workload.allCases.map(\.rawValue)),
      O(name: "environment", kind: .value("class"), help: "dev or prod sizing; prod keeps deletion protection on.",
        allowedValues: Environment.allCases.map(\.rawValue)),
      O(name: "node-instance-type", kind: .value("type"), help: "EKS node instance type (wins over --workload).",
        repeatable: true),
      O(name: "database-instance-class", kind: .value("class"), help: "Aurora instance class (wins over --workload)."),
      O(name: "backend", kind: .value("kind"), help: "Remote state backend.", allowedValues: ["s3"]),
      O(name: "state-bucket", kind: .value("bucket"), help: "S3 bucket of the state (must exist)."),
      O(name: "state-key", kind: .value("key"), help: "Object key of the state.", defaultValue: "wandb/terraform.tfstate"),
      O(name: "lock-table", kind: .value("table"), help: "DynamoDB table for state locking (default: S3 lock file)."),
    ]
    for pin in [PinKey.module, .kubernetesModule, .terraform, .provider("aws"), .provider("kubernetes"), .provider("helm")] {
      options.append(
        O(name: String(pin.flag.dropFirst(2)), kind: .value("constraint"), help: "Version constraint of the \(pin)."))
    }
    options += [
      O(name: "non-interactive", kind: .flag, help: "Never prompt; missing values are a usage error."),
      O(name: "yes", short: "y", kind: .flag, help: "Do not ask for confirmation before writing."),
      O(name: "force", kind: .flag, help: "Overwrite existing files that differ."),
      O(name: "dry-run", kind: .flag, help: "Show what would be written; write nothing."),
      O(name: "diff", kind: .flag, help: "With --dry-run or conflicts: show unified diffs (secrets are never shown)."),
      O(name: "json", kind: .flag, help: "Print a machine-readable summary on standard output (implies --non-interactive)."),
      CLI.colorOption,
    ]
    return CommandSpec(
      name: "init", abstract: "Write the Terraform files for W&B Server on AWS.",
      discussion:
        "On a terminal, asks for every value that flags, environment variables or an existing terraform.tfvars did not supply. In scripts (--non-interactive, or without a terminal) every required value must come from flags or the environment. Every value is validated and the generated files are checked before anything is written.",
      arguments: [CommandSpec.Argument(valueName: "directory", help: "Where to write the files (default: the current directory).")],
      options: options)
  }

  private static func capitalized(_ s: String) -> String {
    guard let first = s.first else { return s }
    return first.uppercased() + s.dropFirst() + "."
  }

  /// Explicit answers from flags and the environment, and where each came from.
  static func explicitAnswers(_ args: ParsedArguments, _ context: Context) throws -> (RawAnswers, [Question.Key: String]) {
    var raw = RawAnswers()
    var sources: [Question.Key: String] = [:]
    for q in Questions.all where q.key != .blueprint {
      let name = String(q.flag.dropFirst(2))
      if q.isYesNo {
        if let on = args.bool(name) {
          raw[q.key] = on ? "true" : "false"
          sources[q.key] = on ? q.flag : "--no-\(name)"
        }
        continue
      }
      if q.key == .license {
        if let file = args.value(name) {
          raw[q.key] = try readLicense(file, context)
          sources[q.key] = "--license-file"
        } else if let env = q.environment, let value = context.environment[env], !value.isEmpty {
          raw[q.key] = value
          sources[q.key] = env
        }
        continue
      }
      let values = args.allValues(name)
      if !values.isEmpty {
        raw.values[q.key] = values
        sources[q.key] = q.flag
      } else if let env = q.environment, let value = context.environment[env], !value.isEmpty {
        raw.values[q.key] = [value]
        sources[q.key] = env
      }
    }
    return (raw, sources)
  }

  private static func readLicense(_ path: String, _ context: Context) throws -> String {
    let bytes: [UInt8]
    if path == "-" {
      bytes = context.terminal.readStandardInput()
    } else {
      do {
        bytes = try LocalFiles.read(path)
      } catch {
        throw UsageError("cannot read --license-file '\(path)': \(error)", spec: spec)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Version pins given by flags.
  static func pins(_ args: ParsedArguments) -> [PinKey: String] {
    var pins: [PinKey: String] = [:]
    for pin in [PinKey.module, .kubernetesModule, .terraform, .provider("aws"), .provider("kubernetes"), .provider("helm")] {
      if let value = args.value(String(pin.flag.dropFirst(2))) { pins[pin] = value }
    }
    return pins
  }
}
