import HCL

/// The values the variable files of a directory assign, as Terraform loads them.
///
/// Reading them reports blocks and non-constant values (Terraform rejects both),
/// keys no variable declares, and effective values that do not fit the declared
/// type. A value set again in a later file overrides the earlier one, so only
/// the effective value of each variable is type-checked.
struct VariableValues: Sendable {
  /// Where the effective value of a variable comes from.
  struct Assignment: Sendable {
    /// Index in the value files.
    var fileIndex: Int
    /// The `name = value` line.
    var attribute: AttributeSyntax
    /// The value, when it is a constant.
    var value: Value?
  }

  /// The effective assignment of each variable that some file sets.
  private(set) var assignments: [String: Assignment] = [:]

  /// Reads the valid files among `files` (value files in load order).
  ///
  /// - Parameter reportsUndeclared: whether the declarations are complete enough to
  ///   call a key undeclared.
  init(
    files: [ConfigurationFile], variables: VariableIndex, reportsUndeclared: Bool,
    findings: inout FindingList
  ) {
    for (fileIndex, file) in files.enumerated() where file.tree.isValid {
      for item in file.tree.body.items {
        switch item {
        case .block(let block):
          findings.add(
            .blockInTfvars, .error, in: file, at: block.typeToken,
            "unexpected \"\(block.type)\" block: a variable values file holds only name = value lines")
        case .attribute(let attribute):
          let value = Self.constant(attribute, in: file, findings: &findings)
          if reportsUndeclared, variables[attribute.name] == nil {
            findings.add(
              .undeclaredTfvarsKey, .error, in: file, at: attribute.nameToken,
              "tfvars key \"\(attribute.name)\" is not declared by any variable",
              hint: NameSuggestion.hint(for: attribute.name, in: variables.names)
                ?? "declare it with a variable \"\(attribute.name)\" block, or remove it")
          }
          assignments[attribute.name] = Assignment(fileIndex: fileIndex, attribute: attribute, value: value)
        }
      }
    }
    for (name, assignment) in assignments {
      guard let declaration = variables[name], let value = assignment.value else { continue }
      Self.checkType(of: value, assignment, declaration, in: files[assignment.fileIndex], findings: &findings)
    }
  }

  /// Whether some file sets `name`.
  func isSet(_ name: String) -> Bool { assignments[name] != nil }

  /// The constant value of an assignment; reports references and calls, which
  /// Terraform does not allow in variable files.
  private static func constant(
    _ attribute: AttributeSyntax, in file: ConfigurationFile, findings: inout FindingList
  ) -> Value? {
    let expression = attribute.expression
    if let value = file.tree.constantValue(of: expression) { return value }
    if !expression.containsForExpression, let reference = expression.references.first {
      findings.add(
        .nonConstantTfvarsValue, .error, in: file, at: reference.token,
        "tfvars value of \"\(attribute.name)\" refers to \(reference.dotted); variables are not allowed here",
        hint: "variable files hold constant values only")
    } else if let call = expression.firstCall, case .call(let name, _, _) = call.kind {
      findings.add(
        .nonConstantTfvarsValue, .error, in: file, at: call.tokens.lowerBound,
        "tfvars value of \"\(attribute.name)\" calls \(name)(); functions may not be called here",
        hint: "variable files hold constant values only")
    }
    return nil
  }

  private static func checkType(
    of value: Value, _ assignment: Assignment, _ declaration: VariableIndex.Declaration,
    in file: ConfigurationFile, findings: inout FindingList
  ) {
    let name = declaration.name
    guard let mismatch = declaration.type.mismatch(for: value, nullable: declaration.isNullable) else { return }
    let token: Int
    if mismatch.path.isEmpty {
      token = assignment.attribute.nameToken
    } else {
      token = assignment.attribute.expression.subexpression(at: mismatch.path).tokens.lowerBound
    }
    if case .null = value {
      findings.add(
        .tfvarsTypeMismatch, .error, in: file, at: token,
        "tfvars value \(name) must not be null (the variable is declared nullable = false)")
      return
    }
    findings.add(
      .tfvarsTypeMismatch, .error, in: file, at: token,
      "tfvars value \(mismatch.path(from: name)) does not fit type \(declaration.type): \(mismatch.reason)",
      hint: ValueHint.wrap(value, for: declaration.type, mismatch: mismatch))
  }
}
