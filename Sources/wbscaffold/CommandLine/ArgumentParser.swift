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
      var name: String
      var inline: String?
      var option: CommandSpec.Option?
      var negated = false
      if arg.hasPrefix("--") {
        name = String(arg.dropFirst(2))
        if let eq = name.firstIndex(of: "=") {
          inline = String(name[name.index(after: eq)...])
          name = String(name[..<eq])
        }
        option = spec.option(name)
        if option == nil, name.hasPrefix("no-"), let o = spec.option(String(name.dropFirst(3))), o.kind == .pair {
          option = o
          negated = true
        }
      } else {
        let letter = arg.dropFirst()
        name = String(letter)
        option = letter.count == 1 ? spec.options.first { $0.short == letter.first } : nil
      }
      guard let option else {
        var message = "Unknown option '\(arg)'."
        if let suggestion = suggest(arg, in: spec) { message += " Did you mean '\(suggestion)'?" }
        throw UsageError(message, spec: spec)
      }
      switch option.kind {
      case .flag, .pair:
        if inline != nil {
          throw UsageError("The option '--\(option.name)' does not take a value.", spec: spec)
        }
        if option.kind == .pair {
          parsed.pairs[option.name] = !negated
        } else {
          parsed.flags.insert(option.name)
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

  /// `'a', 'b' or 'c'`.
  static func quotedList(_ values: [String]) -> String {
    let quoted = values.map { "'\($0)'" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
  }

  /// The closest known option by edit distance, if close enough.
  static func suggest(_ arg: String, in spec: CommandSpec) -> String? {
    let typed = arg.hasPrefix("--") ? String(arg.dropFirst(2).prefix { $0 != "=" }) : String(arg.dropFirst())
    var best: (String, Int)?
    for o in spec.options where !o.hidden {
      for candidate in [o.name] + (o.kind == .pair ? ["no-" + o.name] : []) {
        let d = editDistance(typed, candidate)
        if d <= max(2, candidate.count / 3), d < (best?.1 ?? Int.max) { best = ("--" + candidate, d) }
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
