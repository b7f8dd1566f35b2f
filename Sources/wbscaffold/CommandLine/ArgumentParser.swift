/// A command-line mistake, reported with the command's usage and exit code 64.
struct UsageError: Error, Equatable {
  var message: String
  /// The command whose usage line to show.
  var command: String
  var usage: String

  init(_ message: String, spec: CommandSpec) {
    self.message = message
    self.command = spec.path
    self.usage = spec.usage
  }

  /// The block swift-argument-parser prints.
  var rendered: String {
    "Error: \(message)\nUsage: \(usage)\n  See '\(command) --help' for more information.\n"
  }
}

/// The result of parsing: flags, pairs, values and positionals by long name.
struct ParsedArguments {
  var flags: Set<String> = []
  var pairs: [String: Bool] = [:]
  var values: [String: [String]] = [:]
  var positionals: [String] = []

  func flag(_ name: String) -> Bool { flags.contains(name) }
  func bool(_ name: String) -> Bool? { pairs[name] }
  func value(_ name: String) -> String? { values[name]?.last }
  func allValues(_ name: String) -> [String] { values[name] ?? [] }
}

/// Parses arguments against a `CommandSpec`, with swift-argument-parser's messages.
enum ArgumentParser {
  static func parse(_ args: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var i = 0
    var onlyPositionals = false
    while i < args.count {
      let arg = args[i]
      i += 1
      if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
        parsed.positionals.append(arg)
        continue
      }
      if arg == "--" {
        onlyPositionals = true
        continue
      }
      guard let resolved = resolve(arg, in: spec) else {
        var message = "Unknown option '\(arg)'."
        if let suggestion = suggest(arg, in: spec) { message += " Did you mean '\(suggestion)'?" }
        throw UsageError(message, spec: spec)
      }
      let (option, negated, inline) = resolved
      // The option as typed, without its value: `-list` for `-list=false`.
      let spelled = String(arg.prefix { $0 != "=" })
      switch option.kind {
      case .flag, .pair:
        var on = !negated
        if let inline {
          guard option.terraformSpelling, !negated else {
            throw UsageError("The option '\(spelled)' does not take a value.", spec: spec)
          }
          guard let value = goBool(inline) else {
            throw UsageError(
              "The value '\(inline)' is invalid for '\(spelled)'. Please provide one of 'true' or 'false'.", spec: spec)
          }
          on = value
        }
        if option.kind == .pair {
          parsed.pairs[option.name] = on
        } else if on {
          parsed.flags.insert(option.name)
        } else {
          parsed.flags.remove(option.name)
        }
      case .value(let valueName):
        let value: String
        if let inline {
          value = inline
        } else if i < args.count && !args[i].hasPrefix("--") {
          value = args[i]
          i += 1
        } else {
          throw UsageError("Missing value for '--\(option.name) <\(valueName)>'", spec: spec)
        }
        if let allowed = option.allowedValues, !allowed.contains(value) {
          throw UsageError(
            "The value '\(value)' is invalid for '--\(option.name) <\(valueName)>'. Please provide one of \(quotedList(allowed)).",
            spec: spec)
        }
        if !option.repeatable, parsed.values[option.name] != nil {
          parsed.values[option.name] = [value]
        } else {
          parsed.values[option.name, default: []].append(value)
        }
      }
    }
    let accepted = spec.arguments.contains { $0.repeatable } ? Int.max : spec.arguments.count
    if parsed.positionals.count > accepted {
      let extra = parsed.positionals.dropFirst(spec.arguments.count)
      if extra.count == 1 {
        throw UsageError("Unexpected argument '\(extra.first ?? "")'", spec: spec)
      }
      throw UsageError(
        "\(extra.count) unexpected arguments: \(extra.map { "'\($0)'" }.joined(separator: ", "))", spec: spec)
    }
    return parsed
  }

  /// The option `arg` names, whether it is a `no-` form, and a value given
  /// with `=`. One dash names a short alias (`-y`) or, for options with
  /// `terraformSpelling`, a long name (`-check`, `-list=false`).
  static func resolve(_ arg: String, in spec: CommandSpec) -> (CommandSpec.Option, negated: Bool, inline: String?)? {
    let long = arg.hasPrefix("--")
    var name = String(arg.dropFirst(long ? 2 : 1))
    if !long, name.count == 1, let option = spec.options.first(where: { $0.short == name.first }) {
      return (option, false, nil)
    }
    var inline: String?
    if let eq = name.firstIndex(of: "=") {
      inline = String(name[name.index(after: eq)...])
      name = String(name[..<eq])
    }
    let spellable = { (option: CommandSpec.Option) in long || option.terraformSpelling }
    if let option = spec.option(name), spellable(option) { return (option, false, inline) }
    if name.hasPrefix("no-"), let option = spec.option(String(name.dropFirst(3))), option.kind == .pair, spellable(option) {
      return (option, true, inline)
    }
    return nil
  }

  /// A boolean as Go's `strconv.ParseBool` reads one, which terraform's flags use.
  static func goBool(_ text: String) -> Bool? {
    switch text {
    case "1", "t", "T", "true", "TRUE", "True": true
    case "0", "f", "F", "false", "FALSE", "False": false
    default: nil
    }
  }

  /// `'a', 'b' or 'c'`.
  static func quotedList(_ values: [String]) -> String {
    let quoted = values.map { "'\($0)'" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
  }

  /// The closest known option by edit distance, if close enough; spelled with
  /// one dash when typed so and the option accepts it (`-chek` → `-check`).
  static func suggest(_ arg: String, in spec: CommandSpec) -> String? {
    let long = arg.hasPrefix("--")
    let typed = String(arg.dropFirst(long ? 2 : 1).prefix { $0 != "=" })
    var best: (String, Int)?
    for o in spec.options where !o.hidden {
      let dashes = !long && o.terraformSpelling ? "-" : "--"
      for candidate in [o.name] + (o.kind == .pair ? ["no-" + o.name] : []) {
        let d = editDistance(typed, candidate)
        if d <= max(2, candidate.count / 3), d < (best?.1 ?? Int.max) { best = (dashes + candidate, d) }
      }
    }
    return best?.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}
