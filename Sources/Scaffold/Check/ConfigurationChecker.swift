import HCL

/// Checks a Terraform root module the way a compiler would, before `terraform plan`.
///
/// One implementation serves `wbscaffold check`, `init` (on the files it is about
/// to write) and `upgrade`. It reports:
/// - syntax errors, with line and column;
/// - tfvars keys no variable declares, blocks and non-constant values in tfvars files;
/// - `var.name` references to undeclared variables;
/// - variables with no default and no value (a sensitive one only warns, since
///   `TF_VAR_name` may supply it; a set `TF_VAR_name` in `environment` counts as a value);
/// - tfvars values and defaults that do not fit the declared type, and invalid types;
/// - duplicate variable declarations, module names, resources, data sources,
///   outputs and provider configurations; unused variables (warnings);
/// - W&B module calls: unpinned versions, versions matching no release, arguments
///   that are not inputs of the resolved release (with known-trap hints), missing
///   required inputs, and argument values or variable types that do not fit the input;
/// - a root `required_version` or provider constraint that no release the called
///   module release accepts meets (`terraform init` would fail);
/// - `module.NAME.ATTR` references to outputs the resolved release does not have.
///
/// Everything is indexed once, so the work is linear in the size of the files.
public enum ConfigurationChecker {
  /// Checks `directory`.
  ///
  /// - Parameters:
  ///   - directory: the parsed files of the root module.
  ///   - catalog: the W&B module catalogue that module calls are resolved against.
  ///   - environment: the environment `terraform` would run with (for `TF_VAR_name`).
  ///   - rules: the module lines' own rules, run after the shared checks.
  /// - Returns: the findings, sorted by path, line and column; those a
  ///   `# wbscaffold:ignore RULE reason` comment covers carry the reason in
  ///   ``Finding/ignoredBecause`` (they do not count).
  public static func check(
    _ directory: ConfigurationDirectory, catalog: ModuleCatalog, environment: [String: String],
    rules: [any CheckRule] = []
  ) -> [Finding] {
    var findings = FindingList()
    for file in directory.allFiles {
      for diagnostic in file.tree.diagnostics {
        findings.add(
          Finding(
            .syntaxError, diagnostic.severity, path: file.path, position: diagnostic.position,
            message: diagnostic.message))
      }
    }
    for path in directory.unsupportedFiles {
      findings.add(
        Finding(
          .unsupportedFile, .note, path: path, position: nil,
          message: "JSON-syntax files are not checked",
          hint: "checks that need every declaration or value (undeclared, unused, missing) are skipped"))
    }
    let configuration = directory.configurationFiles
    // A broken or unreadable file may hold declarations, references or values:
    // checks that need all of them would report things that are not wrong.
    let declarationsComplete = directory.unsupportedFiles.isEmpty && configuration.allSatisfy(\.tree.isValid)
    let valuesComplete = declarationsComplete && directory.valueFiles.allSatisfy(\.tree.isValid)

    let variables = VariableIndex(files: configuration, findings: &findings)
    let references = VariableReferences(
      files: configuration, variables: variables, reportsUndeclared: declarationsComplete, findings: &findings)
    let values = VariableValues(
      files: directory.valueFiles, variables: variables, reportsUndeclared: declarationsComplete,
      findings: &findings)
    let modules = ModuleCallCheck(
      catalog: catalog, variables: variables, values: values, valueFiles: directory.valueFiles,
      installed: directory.installedModules)
    checkModules(in: configuration, with: modules, findings: &findings)
    DuplicateBlockCheck.check(configuration, findings: &findings)
    let context = CheckContext(
      files: configuration.filter { $0.tree.isValid }, catalog: catalog, values: values, valueFiles: directory.valueFiles,
      installed: directory.installedModules)
    RequirementsCheck().check(context, findings: &findings)
    OutputReferenceCheck().check(context, findings: &findings)
    AdmittedReleasesCheck().check(context, findings: &findings)
    for rule in rules { rule.check(context, findings: &findings) }

    for declaration in variables.declarations.values {
      let file = configuration[declaration.fileIndex]
      if declarationsComplete, !references.used.contains(declaration.name) {
        findings.add(
          .unusedVariable, .warning, in: file, at: declaration.headerToken,
          "variable \"\(declaration.name)\" is declared but never used")
      }
      if valuesComplete {
        checkValue(of: declaration, in: file, values: values, environment: environment, findings: &findings)
      }
    }
    return IgnoreComments.apply(to: findings.findings, files: directory.allFiles).sorted()
  }

  /// Reports a variable that nothing gives a value.
  private static func checkValue(
    of declaration: VariableIndex.Declaration, in file: ConfigurationFile, values: VariableValues,
    environment: [String: String], findings: inout FindingList
  ) {
    let name = declaration.name
    let environmentName = "TF_VAR_" + name
    guard !declaration.hasDefault, !values.isSet(name), environment[environmentName] == nil else { return }
    if declaration.isSensitive {
      findings.add(
        .missingVariableValue, .warning, in: file, at: declaration.headerToken,
        "variable \"\(name)\" has no value; supply it with \(environmentName)",
        hint:
          "it is sensitive: export \(environmentName), or set it in a *.auto.tfvars file kept out of version control")
    } else {
      findings.add(
        .missingVariableValue, .error, in: file, at: declaration.headerToken,
        "variable \"\(name)\" has no value",
        hint: "set \(name) in terraform.tfvars, give it a default, or export \(environmentName)")
    }
  }

  /// Checks every top-level `module` block; reports duplicate module names.
  private static func checkModules(
    in files: [ConfigurationFile], with check: ModuleCallCheck, findings: inout FindingList
  ) {
    var seen: [String: (file: ConfigurationFile, token: Int)] = [:]
    // Module blocks in override files only patch a block declared elsewhere.
    for file in files where file.tree.isValid && file.role == .configuration {
      for block in file.tree.body.blocks(ofType: "module") {
        guard let name = block.labels.first?.value else { continue }
        if let first = seen[name] {
          findings.add(
            .duplicateModule, .error, in: file, at: block.typeToken,
            "module \"\(name)\" is declared more than once",
            hint: "first declared at \(first.file.path):\(first.file.position(ofToken: first.token))")
        } else {
          seen[name] = (file, block.typeToken)
        }
      }
    }
    for call in ModuleCall.collect(files) { check.check(call, findings: &findings) }
  }
}
