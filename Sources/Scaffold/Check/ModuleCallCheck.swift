import HCL

/// Checks one `module` block that calls a catalogued W&B module
/// against the release its
/// `version` constraint resolves to.
///
/// Modules from other sources (local paths, git, other registries, modules
/// the catalogue does not hold, submodules) are skipped silently.
struct ModuleCallCheck: Sendable {
  /// Arguments Terraform handles itself; they are never module inputs.
  static let metaArguments: Set<String> = ["source", "version", "providers", "depends_on", "count", "for_each"]

  let catalog: ModuleCatalog
  let variables: VariableIndex
  /// The tfvars values, for `argument = var.name` when the variable has no type.
  let values: VariableValues
  /// The value files `values` indexes into.
  let valueFiles: [ConfigurationFile]
  /// What `terraform init` installed; a call is checked against its installed release.
  var installed = InstalledModules()

  /// Checks `call` (a top-level `module` block with its overrides merged in):
  /// each argument is reported in the file whose block sets it.
  func check(_ call: ModuleCall, findings: inout FindingList) {
    let name = call.name
    guard case .string(let source)? = call.constant("source"),
      let address = ModuleSource(source), address.subdirectory == nil,
      let module = catalog.module(source)
    else { return }

    for (nested, file) in call.nestedBlocks {
      findings.add(
        .blockInModule, .error, in: file, at: nested.typeToken,
        "\(name): blocks are not allowed in a module block; \"\(nested.type)\" is not expected here")
    }
    guard let resolution = resolve(call, module, &findings), let release = resolution.release
    else { return }
    let label = "\(module.source) \(release)"
    let version = call.argument("version")
    if let note = resolution.interfaceNote {
      findings.add(
        .interfaceNotRecorded, .note, in: version?.file ?? call.file,
        at: version?.attribute.expression.tokens.lowerBound ?? call.block.typeToken, "\(name): \(note)",
        hint: resolution.requiredInputsNote.map { "only the required inputs are checked: \($0)" })
    }

    var arguments: Set<String> = []
    for argument in call.arguments where !Self.metaArguments.contains(argument.attribute.name) {
      arguments.insert(argument.attribute.name)
      checkArgument(argument.attribute, resolution, label: label, name: name, argument.file, &findings)
    }
    for input in resolution.requiredInputs ?? [] where !arguments.contains(input) {
      let summary = resolution.interface?.input(named: input)?.summary ?? ""
      findings.add(
        .missingModuleInput, .error, in: call.file, at: call.block.typeToken,
        "\(name): required input \"\(input)\" of \(label) is not set",
        hint: summary.isEmpty ? nil : "\(input): \(summary)", subject: input)
    }
  }

  /// Resolves the `version` constraint; reports an unpinned, invalid or unmatched one.
  /// Returns `nil` when the block cannot be checked further.
  private func resolve(_ call: ModuleCall, _ module: CatalogModule, _ findings: inout FindingList) -> ModuleResolution? {
    let name = call.name
    guard let version = call.argument("version") else {
      let resolution = module.resolve(VersionConstraint(clauses: []))
      if let newest = resolution.release {
        findings.add(
          .unpinnedModule, .warning, in: call.file, at: call.block.typeToken,
          "\(name): \(module.source) has no version constraint, so it resolves to the newest release, \(newest)",
          hint: "pin it, e.g. version = \"~> \(newest.major).\(newest.minor)\"")
      }
      return resolution
    }
    let file = version.file
    let expression = version.attribute.expression
    guard case .string(let text) = file.tree.constantValue(of: expression) else {
      findings.add(
        .invalidModuleVersion, .error, in: file, at: expression.tokens.lowerBound,
        "\(name): version must be a literal string; terraform init reads it before any variable has a value (\"Variables not allowed\")",
        hint: "write the constraint itself, such as version = \"~> \(module.newestRelease.map { "\($0.major).\($0.minor)" } ?? "1.0")\"")
      return nil
    }
    let constraint: VersionConstraint
    do {
      constraint = try VersionConstraint(text)
    } catch {
      findings.add(.invalidModuleVersion, .error, in: file, at: expression.tokens.lowerBound, "\(name): \(error)")
      return nil
    }
    let newest = module.resolve(constraint)
    guard newest.isResolved else {
      findings.add(
        .invalidModuleVersion, .error, in: file, at: expression.tokens.lowerBound,
        "\(name): \(newest.interfaceNote ?? "no release of \(module.source) matches \"\(text)\"")")
      return nil
    }
    guard let installed = installed.release(of: call.label, from: module.source), installed != newest.release else {
      return newest
    }
    let resolution = module.resolve(constraint, installed: installed)
    if resolution.release == installed {
      findings.add(
        .installedRelease, .note, in: file, at: expression.tokens.lowerBound,
        "\(name): checked against \(module.source) \(installed), the release installed in \(InstalledModules.path)",
        hint: newest.release.map { "terraform init -upgrade would install \($0), the newest that \"\(text)\" admits" })
    } else {
      findings.add(
        .installedRelease, .warning, in: file, at: expression.tokens.lowerBound,
        "\(name): the installed \(module.source) \(installed) does not meet \"\(text)\"; terraform plan refuses until terraform init runs again",
        hint: newest.release.map { "checked against \($0), which terraform init would install" })
    }
    return resolution
  }

  private func checkArgument(
    _ attribute: AttributeSyntax, _ resolution: ModuleResolution, label: String, name: String,
    _ file: ConfigurationFile, _ findings: inout FindingList
  ) {
    let argument = attribute.name
    let value = file.tree.constantValue(of: attribute.expression)
    let trap = resolution.traps(for: argument).first { $0.isTriggered(valueIsEmpty: Self.isEmpty(value)) }
    let declared = resolution.interface.map { $0.declaresInput(argument) }
    if declared == false || (declared == nil && trap?.condition == .present) {
      findings.add(
        .unknownModuleArgument, .error, in: file, at: attribute.nameToken,
        "\(name): argument \"\(argument)\" is not an input of \(label)",
        hint: trap?.message
          ?? resolution.interface.flatMap { NameSuggestion.hint(for: argument, in: $0.inputs.map(\.name)) })
      return
    }
    if let trap {
      let what = trap.condition == .nonEmpty ? "must be empty" : "should not be set"
      findings.add(
        .moduleArgumentTrap, .error, in: file, at: attribute.nameToken,
        "\(name): argument \"\(argument)\" \(what) on \(label)", hint: trap.message)
      return
    }
    guard let input = resolution.interface?.input(named: argument),
      let type = try? TypeConstraint(parsing: input.type)
    else { return }
    if let value {
      checkValue(value, of: attribute, against: type, acceptsNull: input.acceptsNull, name: name, file, &findings)
    } else if let variable = attribute.expression.variableReferenceName.flatMap({ variables[$0] }) {
      if variable.type != .any {
        guard let problem = type.conversionProblem(from: variable.type) else { return }
        findings.add(
          .moduleArgumentType, .error, in: file, at: attribute.expression.tokens.lowerBound,
          "\(name): argument \(argument) gets var.\(variable.name) of type \(variable.type), "
            + "which does not convert to \(type): \(problem)")
      } else {
        checkPassedValue(
          of: variable, as: argument, against: type, acceptsNull: input.acceptsNull, name: name, &findings)
      }
    }
  }

  /// For a variable without a type, passed as is: checks its tfvars value against the input's type.
  private func checkPassedValue(
    of variable: VariableIndex.Declaration, as argument: String, against type: TypeConstraint, acceptsNull: Bool,
    name: String, _ findings: inout FindingList
  ) {
    guard let assignment = values.assignments[variable.name], let value = assignment.value,
      let mismatch = type.mismatch(for: value, nullable: acceptsNull)
    else { return }
    let file = valueFiles[assignment.fileIndex]
    let token =
      mismatch.path.isEmpty
      ? assignment.attribute.nameToken
      : assignment.attribute.expression.subexpression(at: mismatch.path).tokens.lowerBound
    findings.add(
      .moduleArgumentType, .error, in: file, at: token,
      "tfvars value \(mismatch.path(from: variable.name)) is passed to \(name) as \(argument), "
        + "but does not fit its type \(type): \(mismatch.reason)",
      hint: ValueHint.wrap(value, for: type, mismatch: mismatch))
  }

  private func checkValue(
    _ value: Value, of attribute: AttributeSyntax, against type: TypeConstraint, acceptsNull: Bool,
    name: String, _ file: ConfigurationFile, _ findings: inout FindingList
  ) {
    guard let mismatch = type.mismatch(for: value, nullable: acceptsNull) else { return }
    let token =
      mismatch.path.isEmpty
      ? attribute.nameToken
      : attribute.expression.subexpression(at: mismatch.path).tokens.lowerBound
    if case .null = value {
      findings.add(
        .moduleArgumentType, .error, in: file, at: token,
        "\(name): argument \(attribute.name) must not be null (the input is declared nullable = false)")
      return
    }
    findings.add(
      .moduleArgumentType, .error, in: file, at: token,
      "\(name): argument \(mismatch.path(from: attribute.name)) does not fit type \(type): \(mismatch.reason)",
      hint: ValueHint.wrap(value, for: type, mismatch: mismatch))
  }

  /// `true` for `[]`, `{}` and `""`, `false` for other constants, `nil` when not constant.
  private static func isEmpty(_ value: Value?) -> Bool? {
    switch value {
    case .list(let items): return items.isEmpty
    case .object(let entries): return entries.isEmpty
    case .string(let text): return text.isEmpty
    case nil, .reference, .call, .template, .raw: return nil
    case .number, .bool, .null: return false
    }
  }
}
