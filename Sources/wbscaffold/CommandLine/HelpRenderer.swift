/// Renders `--help` in swift-argument-parser's layout: OVERVIEW, USAGE,
/// ARGUMENTS, OPTIONS, SUBCOMMANDS; 2-space indent, 26-column labels.
enum HelpRenderer {
  static let indent = 2
  static let labelColumn = 26

  static func render(_ spec: CommandSpec, width: Int) -> String {
    var out = "OVERVIEW: \(spec.abstract)\n"
    if let discussion = spec.discussion {
      out += "\n" + wrap(discussion, width: width, indent: 0, firstIndent: 0) + "\n"
    }
    out += "\nUSAGE: " + wrap(spec.usage, width: width, indent: 7, firstIndent: 7).dropFirst(7) + "\n"
    if !spec.arguments.isEmpty {
      out += "\nARGUMENTS:\n"
      for a in spec.arguments { out += entry("<\(a.valueName)>", a.help, width: width) }
    }
    out += "\nOPTIONS:\n"
    for o in spec.options where !o.hidden { out += entry(o, width: width) }
    out += entry("-h, --help", "Show help information.", width: width)
    for section in spec.sections {
      out += "\n\(section.title):\n"
      for o in section.options where !o.hidden { out += entry(o, width: width) }
    }
    if !spec.subcommands.isEmpty {
      out += "\nSUBCOMMANDS:\n"
      for s in spec.subcommands { out += entry(s.name, s.abstract, width: width) }
      out += "\n  See '\(spec.path) help <subcommand>' for detailed help.\n"
    }
    return out
  }

  private static func entry(_ o: CommandSpec.Option, width: Int) -> String {
    var help = o.help
    var notes: [String] = []
    if let allowed = o.allowedValues { notes.append("values: " + allowed.joined(separator: ", ")) }
    if let d = o.defaultValue { notes.append("default: " + d) }
    if let env = o.environment { notes.append("env: " + env) }
    if !notes.isEmpty { help += " (" + notes.joined(separator: "; ") + ")" }
    return entry(o.label, help, width: width)
  }

  private static func entry(_ label: String, _ help: String, width: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    let body = wrap(help, width: width, indent: labelColumn, firstIndent: labelColumn)
    if indent + label.count + 1 <= labelColumn {
      let gap = String(repeating: " ", count: labelColumn - indent - label.count)
      return pad + label + gap + body.dropFirst(labelColumn) + "\n"
    }
    return pad + label + "\n" + body + "\n"
  }

  /// Word-wraps `text` to `width`, indenting continuation lines by `indent`.
  static func wrap(_ text: String, width: Int, indent: Int, firstIndent: Int) -> String {
    let limit = max(width, indent + 20)
    var lines: [String] = []
    var line = String(repeating: " ", count: firstIndent)
    var lineHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if lineHasWord && line.count + 1 + word.count > limit {
        lines.append(line)
        line = String(repeating: " ", count: indent)
        lineHasWord = false
      }
      line += (lineHasWord ? " " : "") + word
      lineHasWord = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
