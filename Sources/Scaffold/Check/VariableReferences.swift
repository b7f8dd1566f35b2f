import HCL

/// The `var.name` references of a directory's configuration files, found in one pass.
///
/// A reference inside a variable's own block (such as `var.self` in its
/// `validation` condition) does not count as a use of that variable.
struct VariableReferences: Sendable {
  /// The names referenced somewhere outside their own declaration.
  private(set) var used: Set<String> = []

  /// Scans the valid files among `files`; reports references to undeclared
  /// variables when `reportsUndeclared` is set.
  init(
    files: [ConfigurationFile], variables: VariableIndex, reportsUndeclared: Bool,
    findings: inout FindingList
  ) {
    for file in files where file.tree.isValid {
      for item in file.tree.body.items {
        switch item {
        case .attribute(let attribute):
          visit(attribute.expression, owner: nil, file, variables, reportsUndeclared, &findings)
        case .block(let block):
          let owner = block.type == "variable" ? block.labels.first?.value : nil
          block.body.forEachAttribute { attribute in
            visit(attribute.expression, owner: owner, file, variables, reportsUndeclared, &findings)
          }
        }
      }
    }
  }

  private mutating func visit(
    _ expression: Expression, owner: String?, _ file: ConfigurationFile, _ variables: VariableIndex,
    _ reportsUndeclared: Bool, _ findings: inout FindingList
  ) {
    for reference in expression.references where reference.root == "var" {
      guard let name = reference.path.first else { continue }
      if variables[name] != nil {
        if name != owner { used.insert(name) }
      } else if reportsUndeclared {
        findings.add(
          .undeclaredVariable, .error, in: file, at: reference.token,
          "reference to undeclared variable \"\(name)\"",
          hint: NameSuggestion.hint(for: name, in: variables.names)
            ?? "declare it with a variable \"\(name)\" block")
      }
    }
  }
}
