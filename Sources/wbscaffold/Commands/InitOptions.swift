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
      O(name: "non-interactive", kind: .flag, help: "Never prompt; missing values are a usage error."),
      O(name: "yes", short: "y", kind: .flag, help: "Do not ask for confirmation before writing."),
      O(name: "force", kind: .flag, help: "Overwrite existing files that differ (the hand edits it drops are listed first)."),
      O(name: "dry-run", kind: .flag, help: "Show what would be written; write nothing."),
      O(name: "diff", kind: .flag, help: "With --dry-run or conflicts: show unified diffs (secrets are never shown)."),
      O(name: "json", kind: .flag, help: "Print a machine-readable summary on standard output (implies --non-interactive)."),
      CLI.colorOption,
    ]
    // What parsing accepts: each flag once, a choice with the values of every line
    // (the chosen line's question validates its own); help shows them per cloud.
    for (q, lines) in questionTable {
      var option = questionOption(q, scope: [])
      option.allowedValues = allowedValues(of: q.id, in: lines)
      option.hidden = true
      options.append(option)
    }
    for (flag, key, lines) in pinTable {
      var option = pinOption(flag, key, line: lines[0], scope: [])
      option.hidden = true
      options.append(option)
    }
    let clouds = BlueprintCatalog.clouds.map(\.name).joined(separator: ", ")
    return CommandSpec(
      name: "init", abstract: "Write the Terraform files for W&B Server (\(clouds)).",
      discussion:
        "On a terminal, asks for the cloud, the module line and every value that flags, environment variables or the files already in the directory did not supply. In scripts (--non-interactive, or without a terminal) every required value must come from flags or the environment. Every value is validated and the generated files are checked before anything is written. Each cloud's options follow OPTIONS; those marked [line, ...] belong to those blueprints only, and a flag of another line is a usage error.",
      arguments: [CommandSpec.Argument(valueName: "directory", help: "Where to write the files (default: the current directory).")],
      options: options, sections: BlueprintCatalog.clouds.map(section))
  }

  /// The help section of `cloud`: its lines' questions in their words, then their pins.
  private static func section(_ cloud: Cloud) -> CommandSpec.Section {
    let lines = BlueprintCatalog.blueprints(of: cloud)
    let ids = lines.map(\.id)
    var options: [CommandSpec.Option] = []
    var seen: Set<String> = []
    for blueprint in lines {
      for q in blueprint.questions where seen.insert(q.id).inserted {
        let asking = lines.filter { $0.question(q.id) != nil }.map(\.id)
        options.append(questionOption(q, scope: asking.count == ids.count ? [] : asking))
      }
    }
    for (flag, key, pinLines) in pinTable {
      let here = pinLines.filter(ids.contains)
      guard let first = here.first else { continue }
      options.append(pinOption(flag, key, line: first, scope: here.count == ids.count ? [] : here))
    }
    return CommandSpec.Section(
      title: "\(cloud.name.uppercased()) OPTIONS (\(ids.joined(separator: ", ")))", options: options)
  }

  private static func questionOption(_ q: Question, scope: [String]) -> CommandSpec.Option {
    let kind: CommandSpec.Option.Kind = q.isToggle ? .pair : .value(q.valueName)
    let help = q.isSecret ? "File holding the \(q.prompt) ('-' reads standard input)." : capitalized(q.hint)
    var allowed: [String]?
    if case .choice(let values) = q.kind { allowed = values }
    return CommandSpec.Option(
      name: q.id, kind: kind, help: help + scoped(scope), repeatable: q.isList,
      defaultValue: q.isToggle ? (q.defaultValue == ["true"] ? "on" : "off") : nil, allowedValues: allowed,
      environment: q.environment)
  }

  private static func pinOption(_ flag: String, _ key: PinKey, line: String, scope: [String]) -> CommandSpec.Option {
    let label = BlueprintCatalog.blueprint(line).map { $0.pinLabel(key) } ?? key.description
    return CommandSpec.Option(
      name: String(flag.dropFirst(2)), kind: .value("constraint"), help: "Version constraint of the \(label).\(scoped(scope))")
  }

  private static func scoped(_ lines: [String]) -> String {
    lines.isEmpty ? "" : " [\(lines.joined(separator: ", "))]"
  }

  /// The values a choice question `id` takes on any of `lines`, or nil for other kinds.
  private static func allowedValues(of id: String, in lines: [String]) -> [String]? {
    var out: [String]?
    for line in lines {
      guard let q = BlueprintCatalog.blueprint(line)?.question(id), case .choice(let values) = q.kind else { continue }
      out = (out ?? []) + values.filter { !(out ?? []).contains($0) }
    }
    return out
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
