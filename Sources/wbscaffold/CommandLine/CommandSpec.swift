/// A declarative description of a command's arguments and options, from which
/// both parsing and `--help` are derived.
struct CommandSpec {
  /// An option or flag.
  struct Option {
    /// How it takes a value.
    enum Kind: Equatable {
      /// `--dry-run`.
      case flag
      /// `--redis` / `--no-redis`.
      case pair
      /// `--region <region>`, or `--region=value`.
      case value(String)
    }

    /// The long name without dashes: `region`.
    var name: String
    /// A one-letter alias: `y` for `-y`.
    var short: Character?
    var kind: Kind
    var help: String
    /// Whether it may be given several times (values accumulate).
    var repeatable = false
    /// Shown as `(default: x)`.
    var defaultValue: String?
    /// The only accepted values, shown as `(values: a, b)`.
    var allowedValues: [String]?
    /// An environment variable that can supply it, shown in help.
    var environment: String?
    /// Left out of help.
    var hidden = false
    /// Also accepted as Go's flag package, and so terraform, spells it: with one
    /// dash (`-check`, `-no-color`), and, for a flag or pair, with a value
    /// `=true` or `=false` after either dash (`-list=false`, `--write=false`).
    var terraformSpelling = false

    /// The usage label: `--region <region>`, `--[no-]redis`, `-y, --yes`.
    var label: String {
      var long: String
      switch kind {
      case .flag: long = "--\(name)"
      case .pair: long = "--[no-]\(name)"
      case .value(let valueName): long = "--\(name) <\(valueName)>"
      }
      if let short { long = "-\(short), " + long }
      return long
    }
  }

  /// A positional argument.
  struct Argument {
    var valueName: String
    var help: String
    var optional = true
    var repeatable = false
  }

  var name: String
  var abstract: String
  var discussion: String?
  var arguments: [Argument] = []
  var options: [Option] = []
  /// Options shown in help under headings of their own (`AWS OPTIONS`) after
  /// OPTIONS; parsing reads `options` alone, so one option may be shown in
  /// several sections, in each one's words.
  var sections: [Section] = []
  var subcommands: [CommandSpec] = []

  /// A titled group of options in help.
  struct Section {
    /// The heading, without the colon: `GOOGLE CLOUD OPTIONS (gcp-v10)`.
    var title: String
    var options: [Option]
  }

  /// The full command path for messages: `wbscaffold init`.
  var path: String { name == "wbscaffold" ? name : "wbscaffold \(name)" }

  /// The one-line usage: `wbscaffold init [<directory>] [--blueprint <name>] ...`.
  var usage: String {
    if !subcommands.isEmpty { return "\(path) <subcommand>" }
    var parts = [path]
    for a in arguments {
      var text = "<\(a.valueName)>" + (a.repeatable ? " ..." : "")
      if a.optional { text = "[\(text)]" }
      parts.append(text)
    }
    let visible = options.filter { !$0.hidden }
    if visible.count > 8 {
      // Long option lists read better in the OPTIONS section than on one line.
      return (parts + ["[<options>]"]).joined(separator: " ")
    }
    for o in visible {
      var text: String
      switch o.kind {
      case .flag: text = "--\(o.name)"
      case .pair: text = "--[no-]\(o.name)"
      case .value(let v): text = "--\(o.name) <\(v)>"
      }
      if o.repeatable { text += " ..." }
      parts.append("[\(text)]")
    }
    return parts.joined(separator: " ")
  }

  /// The option called `name` (long name), if declared.
  func option(_ name: String) -> Option? { options.first { $0.name == name } }
}
