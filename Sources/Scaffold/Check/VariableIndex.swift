import HCL

/// The `variable` blocks of a directory, indexed once by name.
///
/// Building the index reports duplicate declarations, `type` expressions that are
/// not valid type constraints and defaults that do not fit their type.
/// Declarations in override files merge into the declaration they override.
struct VariableIndex: Sendable {
  /// One declared variable (after merging overrides).
  struct Declaration: Sendable {
    /// The variable name.
    var name: String
    /// Index in the configuration files of the file declaring it first.
    var fileIndex: Int
    /// Token index of the `variable` keyword of the first declaration.
    var headerToken: Int
    /// The declared type; `any` when absent or not valid.
    var type: TypeConstraint = .any
    /// Whether a `default` is set (`default = null` included).
    var hasDefault = false
    /// Whether `sensitive = true`.
    var isSensitive = false
    /// `false` when `nullable = false`.
    var isNullable = true
  }

  private(set) var declarations: [String: Declaration] = [:]

  /// Indexes the valid files among `files` (the configuration files of a directory).
  init(files: [ConfigurationFile], findings: inout FindingList) {
    for (fileIndex, file) in files.enumerated() where file.tree.isValid {
      for block in file.tree.body.blocks(ofType: "variable") {
        guard block.labels.count == 1, let name = block.labels[0].value else { continue }
        var declaration = Declaration(name: name, fileIndex: fileIndex, headerToken: block.typeToken)
        Self.read(block, of: file, into: &declaration, findings: &findings)
        guard let first = declarations[name] else {
          declarations[name] = declaration
          continue
        }
        if file.role == .override {
          declarations[name] = Self.merge(declaration, setIn: block.body, over: first)
          continue
        }
        let firstFile = files[first.fileIndex]
        findings.add(
          .duplicateVariable, .error, in: file, at: block.typeToken,
          "variable \"\(name)\" is declared more than once",
          hint: "first declared at \(firstFile.path):\(firstFile.position(ofToken: first.headerToken))")
      }
    }
  }

  /// The declaration of `name`, if any.
  subscript(name: String) -> Declaration? { declarations[name] }

  /// Every declared name.
  var names: Dictionary<String, Declaration>.Keys { declarations.keys }

  /// Reads `type`, `default`, `sensitive` and `nullable`, reporting bad types and defaults.
  private static func read(
    _ block: BlockSyntax, of file: ConfigurationFile, into declaration: inout Declaration,
    findings: inout FindingList
  ) {
    let tree = file.tree
    let body = block.body
    let name = declaration.name
    if case .bool(true) = body.attribute(named: "sensitive").flatMap({ tree.constantValue(of: $0.expression) }) {
      declaration.isSensitive = true
    }
    if case .bool(false) = body.attribute(named: "nullable").flatMap({ tree.constantValue(of: $0.expression) }) {
      declaration.isNullable = false
    }
    if let typeAttribute = body.attribute(named: "type") {
      let expression = typeAttribute.expression
      switch TypeConstraint.parse(expression, in: tree) {
      case .success(let type):
        declaration.type = type
        if TypeConstraint.isQuotedLegacy(expression) {
          let unquoted = type == .string ? "string" : type == .map(.any) ? "map(string)" : "list(string)"
          findings.add(
            .invalidTypeConstraint, .error, in: file, at: expression.tokens.lowerBound,
            "variable \"\(name)\": quoted type constraints are not accepted since Terraform 0.12",
            hint: "remove the quotes: type = \(unquoted)")
        }
      case .failure(let error):
        findings.add(
          .invalidTypeConstraint, .error, in: file, at: error.token,
          "variable \"\(name)\": invalid type: \(error.message)")
      }
    }
    guard let defaultAttribute = body.attribute(named: "default") else { return }
    declaration.hasDefault = true
    guard let value = tree.constantValue(of: defaultAttribute.expression) else { return }
    if case .null = value, !declaration.isNullable {
      findings.add(
        .invalidDefault, .error, in: file, at: defaultAttribute.expression.tokens.lowerBound,
        "variable \"\(name)\": a null default is not valid when nullable = false")
      return
    }
    guard let mismatch = declaration.type.mismatch(for: value) else { return }
    let at = defaultAttribute.expression.subexpression(at: mismatch.path)
    findings.add(
      .invalidDefault, .error, in: file, at: at.tokens.lowerBound,
      "variable \"\(name)\": default "
        + (mismatch.path.isEmpty ? "value" : mismatch.path(from: name))
        + " does not fit type \(declaration.type): \(mismatch.reason)",
      hint: ValueHint.wrap(value, for: declaration.type, mismatch: mismatch))
  }

  /// `first` with the arguments an override block sets (read into `overriding`) replaced.
  private static func merge(_ overriding: Declaration, setIn body: Body, over first: Declaration) -> Declaration {
    var merged = first
    if body.attribute(named: "type") != nil { merged.type = overriding.type }
    if body.attribute(named: "default") != nil { merged.hasDefault = true }
    if body.attribute(named: "sensitive") != nil { merged.isSensitive = overriding.isSensitive }
    if body.attribute(named: "nullable") != nil { merged.isNullable = overriding.isNullable }
    return merged
  }
}
