import Blueprints
import Scaffold

/// The options of `wbscaffold init`, read once into a typed value. The flags
/// come from the blueprints' questions and pins (one option table for parsing,
/// help, the wizard and the regenerate command); a flag of another line is a
/// usage error that names the line it belongs to.
struct InitOptions {
  /// The target directory.
  var directory: String
  /// `--blueprint`, if given.
  var blueprint: String?
  /// Values by question id, from flags (a `--license-file` path still to be read).
  var values: [String: [String]]
  /// Pins by key, from flags.
  var pins: [PinKey: String]
  var nonInteractive: Bool
  var yes: Bool
  var force: Bool
  var dryRun: Bool
  var diff: Bool
  var json: Bool
  var example: Bool

  /// Every question of every blueprint, once, with the lines that ask it.
  static let questionTable: [(question: Question, lines: [String])] = {
    var table: [(question: Question, lines: [String])] = []
    for blueprint in BlueprintCatalog.all {
      for question in blueprint.questions {
        if let i = table.firstIndex(where: { $0.question.id == question.id }) {
          table[i].lines.append(blueprint.id)
        } else {
          table.append((question, [blueprint.id]))
        }
      }
    }
    return table
  }()

  /// Every pin flag of every blueprint, with its key and the lines that write it.
  static let pinTable: [(flag: String, key: PinKey, lines: [String])] = {
    var table: [(flag: String, key: PinKey, lines: [String])] = []
    for blueprint in BlueprintCatalog.all {
      for key in blueprint.defaultPins.keys.sorted() {
        let flag = blueprint.pinFlag(key)
        if let i = table.firstIndex(where: { $0.flag == flag }) {
          table[i].lines.append(blueprint.id)
        } else {
          table.append((flag, key, [blueprint.id]))
        }
      }
    }
    return table
  }()

  static var spec: CommandSpec {
    typealias O = CommandSpec.Option
    let ids = BlueprintCatalog.all.map(\.id)
    var options: [O] = [
      O(name: "blueprint", kind: .value("name"),
        help: "The module line to render: " + BlueprintCatalog.all.map { "\($0.id) (\($0.summary))" }.joined(separator: "; ") + ".",
        defaultValue: BlueprintCatalog.defaultBlueprint.id, allowedValues: ids),
      O(name: "example", kind: .flag, help: "Write a complete example for the blueprint from built-in sample answers (placeholder license)."),
    ]
    for (q, lines) in questionTable {
      let scope = lines.count == ids.count ? "" : " [\(lines.joined(separator: ", "))]"
      let kind: O.Kind = q.isToggle ? .pair : .value(q.valueName)
      let help = q.isSecret ? "File holding the W&B license ('-' reads standard input)." : capitalized(q.hint)
      var allowed: [String]?
      if case .choice(let values) = q.kind { allowed = values }
      options.append(
        O(name: q.id, kind: kind, help: help + scope, repeatable: q.isList,
          defaultValue: q.isToggle ? (q.defaultValue == ["true"] ? "on" : "off") : nil, allowedValues: allowed,
          environment: q.environment))
    }
    for (flag, key, lines) in pinTable {
      let scope = lines.count == ids.count ? "" : " [\(lines.joined(separator: ", "))]"
      let label = BlueprintCatalog.blueprint(lines[0]).map { $0.pinLabel(key) } ?? key.description
      options.append(O(name: String(flag.dropFirst(2)), kind: .value("constraint"), help: "Version constraint of the \(label).\(scope)"))
    }
    options += [
      O(name: "non-interactive", kind: .flag, help: "Never prompt; missing values are a usage error."),
      O(name: "yes", short: "y", kind: .flag, help: "Do not ask for confirmation before writing."),
      O(name: "force", kind: .flag, help: "Overwrite existing files that differ (the hand edits it drops are listed first)."),
      O(name: "dry-run", kind: .flag, help: "Show what would be written; write nothing."),
      O(name: "diff", kind: .flag, help: "With --dry-run or conflicts: show unified diffs (secrets are never shown)."),
      O(name: "json", kind: .flag, help: "Print a machine-readable summary on standard output (implies --non-interactive)."),
      CLI.colorOption,
    ]
    let clouds = BlueprintCatalog.clouds.map(\.name).joined(separator: ", ")
    return CommandSpec(
      name: "init", abstract: "Write the Terraform files for W&B Server (\(clouds)).",
      discussion:
        "On a terminal, asks for the cloud, the module line and every value that flags, environment variables or the files already in the directory did not supply. In scripts (--non-interactive, or without a terminal) every required value must come from flags or the environment. Every value is validated and the generated files are checked before anything is written. Options marked [line, ...] belong to those blueprints only.",
      arguments: [CommandSpec.Argument(valueName: "directory", help: "Where to write the files (default: the current directory).")],
      options: options)
  }

  private static func capitalized(_ s: String) -> String {
    guard let first = s.first else { return s }
    return first.uppercased() + s.dropFirst() + "."
  }

  /// Reads the parsed arguments once.
  init(_ args: ParsedArguments) {
    directory = args.positionals.first ?? "."
    blueprint = args.value("blueprint")
    var values: [String: [String]] = [:]
    for (q, _) in Self.questionTable {
      if q.isToggle {
        if let on = args.bool(q.id) { values[q.id] = [on ? "true" : "false"] }
      } else if !args.allValues(q.id).isEmpty {
        values[q.id] = args.allValues(q.id)
      }
    }
    self.values = values
    var pins: [PinKey: String] = [:]
    for (flag, key, _) in Self.pinTable {
      if let value = args.value(String(flag.dropFirst(2))) { pins[key] = value }
    }
    self.pins = pins
    json = args.flag("json")
    nonInteractive = args.flag("non-interactive") || json
    yes = args.flag("yes")
    force = args.flag("force")
    dryRun = args.flag("dry-run")
    diff = args.flag("diff")
    example = args.flag("example")
  }

  /// Flags given that `blueprint` does not ask, each with the lines it belongs to.
  func foreignFlags(for blueprint: any Blueprint) -> [String] {
    var out: [String] = []
    for (q, lines) in Self.questionTable where values[q.id] != nil && blueprint.question(q.id) == nil {
      out.append("\(q.flag) belongs to \(lines.joined(separator: ", ")), not to blueprint \(blueprint.id)")
    }
    for (flag, key, lines) in Self.pinTable where pins[key] != nil && !lines.contains(blueprint.id) {
      out.append("\(flag) belongs to \(lines.joined(separator: ", ")), not to blueprint \(blueprint.id)")
    }
    return out
  }

  /// Explicit answers for `blueprint` from flags and the environment, and where
  /// each came from; the license is read from its file here.
  func explicitAnswers(for blueprint: any Blueprint, _ context: Context) throws -> (RawAnswers, [String: String]) {
    var raw = RawAnswers()
    var sources: [String: String] = [:]
    for q in blueprint.questions {
      if let given = values[q.id] {
        if q.isSecret {
          raw[q.id] = try Self.readSecret(given.last ?? "", flag: q.flag, context)
        } else {
          raw.values[q.id] = given
        }
        sources[q.id] = q.isToggle && given.last == "false" ? "--no-\(q.id)" : q.flag
      } else if let env = q.environment, let value = context.environment[env], !value.isEmpty {
        raw[q.id] = value
        sources[q.id] = env
      }
    }
    return (raw, sources)
  }

  private static func readSecret(_ path: String, flag: String, _ context: Context) throws -> String {
    let bytes: [UInt8]
    if path == "-" {
      bytes = context.terminal.readStandardInput()
    } else {
      do {
        bytes = try LocalFiles.read(path)
      } catch {
        throw UsageError("cannot read \(flag) '\(path)': \(error)", spec: spec)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
