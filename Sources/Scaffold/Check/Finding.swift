import HCL

/// One result of ``ConfigurationChecker``: what is wrong, where, and how sure we are.
///
/// Findings sort by path, then line and column, then severity, so a list of them
/// reads like compiler output. The CLI decides how to print them; ``diagnostic``
/// and ``description`` give the usual `path:line:col: error: message` form.
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

  /// The check that produced this finding.
  public var rule: Rule
  /// Error, warning or note.
  public var severity: Severity
  /// The file, relative to the configuration directory.
  public var path: String
  /// 1-based line and column; `nil` when the finding is about the whole file.
  public var position: SourcePosition?
  /// One line, such as `tfvars key "foo" is not declared by any variable`.
  public var message: String
  /// An optional second line: a suggestion or background, such as `did you mean "foo_bar"?`.
  public var hint: String?

  /// Makes a finding.
  public init(
    _ rule: Rule, _ severity: Severity, path: String, position: SourcePosition?,
    message: String, hint: String? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.path = path
    self.position = position
    self.message = message
    self.hint = hint
  }

  /// The finding as an HCL diagnostic (without the hint), for `Diagnostic.rendered(path:)`.
  public var diagnostic: Diagnostic { Diagnostic(severity, message, at: position) }

  /// `path:line:col: severity: message`, then `; hint` when there is one.
  public var description: String {
    diagnostic.rendered(path: path) + (hint.map { "; \($0)" } ?? "")
  }

  /// Orders by path, position (whole-file findings first), severity, then message.
  public static func < (a: Finding, b: Finding) -> Bool {
    if a.path != b.path { return a.path < b.path }
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
