import HCL

/// One result of ``ConfigurationChecker``: what is wrong, where, and how sure we are.
///
/// Findings sort by path, then line and column, then severity, so a list of them
/// reads like compiler output. The CLI decides how to print them; ``diagnostic``
/// and ``description`` give the usual `path:line:col: error: message` form.
public struct Finding: Sendable, Equatable, Comparable, CustomStringConvertible {
  /// The check that produced a finding, stable for scripts and JSON output.
  public enum Rule: String, Sendable, Hashable, CaseIterable {
    /// A file does not parse.
    case syntaxError = "syntax-error"
    /// A JSON-syntax file (`*.tf.json`, `*.tfvars.json`) that the checker cannot read.
    case unsupportedFile = "unsupported-file"
    /// A tfvars key that no `variable` block declares.
    case undeclaredTfvarsKey = "undeclared-tfvars-key"
    /// A tfvars value that uses variables or function calls.
    case nonConstantTfvarsValue = "non-constant-tfvars-value"
    /// A block in a tfvars file.
    case blockInTfvars = "block-in-tfvars"
    /// A `var.name` reference to a variable that is not declared.
    case undeclaredVariable = "undeclared-variable"
    /// A variable with no default, no tfvars value and no `TF_VAR_` environment value.
    case missingVariableValue = "missing-variable-value"
    /// A tfvars value that does not fit the variable's type.
    case tfvarsTypeMismatch = "tfvars-type-mismatch"
    /// A `type` expression Terraform does not accept.
    case invalidTypeConstraint = "invalid-type-constraint"
    /// A variable default that does not fit the variable's type.
    case invalidDefault = "invalid-default"
    /// A variable declared twice.
    case duplicateVariable = "duplicate-variable"
    /// A `module` block name used twice.
    case duplicateModule = "duplicate-module"
    /// A resource, data source, output or provider configuration declared twice.
    case duplicateBlock = "duplicate-block"
    /// A block that sets both `count` and `for_each`.
    case countAndForEach = "count-and-for-each"
    /// A variable declared and never referenced.
    case unusedVariable = "unused-variable"
    /// A W&B module without a `version` argument.
    case unpinnedModule = "unpinned-module"
    /// A `version` constraint that does not parse or matches no release.
    case invalidModuleVersion = "invalid-module-version"
    /// A resolved release without a recorded interface: arguments are not checked.
    case interfaceNotRecorded = "interface-not-recorded"
    /// A module argument that is not an input of the resolved release.
    case unknownModuleArgument = "unknown-module-argument"
    /// A required input the module block does not set.
    case missingModuleInput = "missing-module-input"
    /// A module input set in a way the catalogue knows to be a mistake.
    case moduleArgumentTrap = "module-argument-trap"
    /// A module argument whose value or variable type does not fit the input's type.
    case moduleArgumentType = "module-argument-type"
    /// aws < 4 creates an SQS queue the app module never reads.
    case unusedQueue = "unused-sqs-queue"
    /// The app module reads an SQS queue the aws module does not create.
    case queueMismatch = "queue-mismatch"
    /// aws < 4 creates an ElastiCache Redis the app module never receives.
    case unusedElastiCache = "unused-elasticache"
    /// The app module reads an ElastiCache Redis the aws module does not create.
    case cacheMismatch = "cache-mismatch"
    /// A module argument value of the right type that the module still rejects or changes.
    case moduleArgumentValue = "module-argument-value"
    /// A nested block inside a `module` block.
    case blockInModule = "block-in-module"
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
