import HCL

/// The one diagnostic of wbscaffold: what is wrong (or worth knowing), where, and how
/// sure we are. ``ConfigurationChecker`` reports them, `init` refuses with them, and
/// `upgrade` refuses and warns with them; the CLI prints all of them one way.
///
/// Findings sort by path, then line and column, then severity, so a list of them
/// reads like compiler output. ``diagnostic`` and ``description`` give the usual
/// `path:line:col: error: message` form.
public struct Finding: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The check that produced a finding, stable for scripts and JSON output.
  public struct Rule: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id, such as `undeclared-tfvars-key`.
    public var rawValue: String
    /// Makes a rule id; a module line defines its own as static members in its folder.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Makes a rule id.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The id.
    public var description: String { rawValue }
    /// By id.
    public static func < (a: Rule, b: Rule) -> Bool { a.rawValue < b.rawValue }

    /// A file does not parse.
    public static let syntaxError = Rule("syntax-error")
    /// A JSON-syntax file (`*.tf.json`, `*.tfvars.json`) that the checker cannot read.
    public static let unsupportedFile = Rule("unsupported-file")
    /// A tfvars key that no `variable` block declares.
    public static let undeclaredTfvarsKey = Rule("undeclared-tfvars-key")
    /// A tfvars value that uses variables or function calls.
    public static let nonConstantTfvarsValue = Rule("non-constant-tfvars-value")
    /// A block in a tfvars file.
    public static let blockInTfvars = Rule("block-in-tfvars")
    /// A `var.name` reference to a variable that is not declared.
    public static let undeclaredVariable = Rule("undeclared-variable")
    /// A variable with no default, no tfvars value and no `TF_VAR_` environment value.
    public static let missingVariableValue = Rule("missing-variable-value")
    /// A tfvars value that does not fit the variable's type.
    public static let tfvarsTypeMismatch = Rule("tfvars-type-mismatch")
    /// A `type` expression Terraform does not accept.
    public static let invalidTypeConstraint = Rule("invalid-type-constraint")
    /// A variable default that does not fit the variable's type.
    public static let invalidDefault = Rule("invalid-default")
    /// A variable declared twice.
    public static let duplicateVariable = Rule("duplicate-variable")
    /// A `module` block name used twice.
    public static let duplicateModule = Rule("duplicate-module")
    /// A resource, data source, output or provider configuration declared twice.
    public static let duplicateBlock = Rule("duplicate-block")
    /// A block that sets both `count` and `for_each`.
    public static let countAndForEach = Rule("count-and-for-each")
    /// A variable declared and never referenced.
    public static let unusedVariable = Rule("unused-variable")
    /// A W&B module without a `version` argument.
    public static let unpinnedModule = Rule("unpinned-module")
    /// A `version` constraint that does not parse or matches no release.
    public static let invalidModuleVersion = Rule("invalid-module-version")
    /// A resolved release without a recorded interface: arguments are not checked.
    public static let interfaceNotRecorded = Rule("interface-not-recorded")
    /// A module argument that is not an input of the resolved release.
    public static let unknownModuleArgument = Rule("unknown-module-argument")
    /// A required input the module block does not set.
    public static let missingModuleInput = Rule("missing-module-input")
    /// A module input set in a way the catalogue knows to be a mistake.
    public static let moduleArgumentTrap = Rule("module-argument-trap")
    /// A module argument whose value or variable type does not fit the input's type.
    public static let moduleArgumentType = Rule("module-argument-type")
    /// A module argument value of the right type that the module still rejects or changes.
    public static let moduleArgumentValue = Rule("module-argument-value")
    /// A nested block inside a `module` block.
    public static let blockInModule = Rule("block-in-module")
  }

  /// A line under a finding: a place it also concerns (each of several values
  /// that disagree) or a detail (one requirement of a major release).
  public struct Note: Sendable, Hashable, CustomStringConvertible {
    /// The file, when the note is about a place.
    public var path: String?
    /// 1-based line and column in ``path``.
    public var position: SourcePosition?
    /// One line.
    public var text: String

    /// Makes a note; give `path` (and `position`) for a place.
    public init(_ text: String, path: String? = nil, position: SourcePosition? = nil) {
      self.text = text
      self.path = path
      self.position = position
    }

    /// `path:line:col: text`, or the text alone.
    public var description: String { Finding.place(path, position) + text }
  }

  /// The check that produced this finding.
  public var rule: Rule
  /// Error, warning or note.
  public var severity: Severity
  /// The file, relative to the configuration directory, or as the planner was
  /// given it; `nil` when the finding is about no file in particular.
  public var path: String?
  /// 1-based line and column; `nil` when the finding is about the whole file.
  public var position: SourcePosition?
  /// The byte offset of ``position`` in the file, when known: what `upgrade` maps
  /// back through its change to tell a finding it caused from one that was there.
  public var offset: Int?
  /// One line, such as `tfvars key "foo" is not declared by any variable`.
  public var message: String
  /// An optional second line: a suggestion or background, such as `did you mean "foo_bar"?`.
  public var hint: String?
  /// Places and details under the message.
  public var notes: [Note]
  /// What the finding is about when several of one rule can share a place (each
  /// input a module call lacks is reported at the block's header): tells them
  /// apart without reading messages.
  public var subject: String?
  /// Why the finding is silenced, when a `# wbscaffold:ignore RULE reason`
  /// comment covers it; nil for a finding that counts.
  public var ignoredBecause: String?

  /// Whether this is an error that counts: one no ignore comment silences (what
  /// makes `check` fail and `init` and `upgrade` refuse).
  public var isBlockingError: Bool { severity == .error && ignoredBecause == nil }

  /// Makes a finding.
  public init(
    _ rule: Rule, _ severity: Severity, path: String?, position: SourcePosition?, offset: Int? = nil,
    message: String, hint: String? = nil, notes: [Note] = [], subject: String? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.path = path
    self.position = position
    self.offset = offset
    self.message = message
    self.hint = hint
    self.notes = notes
    self.subject = subject
  }

  /// The finding as an HCL diagnostic (without the hint), for `Diagnostic.rendered(path:)`.
  public var diagnostic: Diagnostic { Diagnostic(severity, message, at: position) }

  /// `path:line:col: ` (or `path: `, or nothing without a path).
  public var locationPrefix: String { Self.place(path, position) }

  /// `path:line:col: `, `path: ` without a position, nothing without a path:
  /// how a finding and each of its notes name their place.
  static func place(_ path: String?, _ position: SourcePosition?) -> String {
    guard let path else { return "" }
    return (position.map { "\(path):\($0.line):\($0.column)" } ?? path) + ": "
  }

  /// `path:line:col: severity: message`, then `; hint` when there is one.
  public var description: String {
    locationPrefix + "\(severity.rawValue): \(message)" + (hint.map { "; \($0)" } ?? "")
  }

  /// Orders by path (findings about no file first), position (whole-file findings
  /// first), severity, then message.
  public static func < (a: Finding, b: Finding) -> Bool {
    if a.path != b.path { return (a.path ?? "") < (b.path ?? "") }
    switch (a.position, b.position) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (.some(let p), .some(let q)) where p != q: return p < q
    default: break
    }
    if a.severity != b.severity { return a.severity < b.severity }
    return a.message < b.message
  }
}
