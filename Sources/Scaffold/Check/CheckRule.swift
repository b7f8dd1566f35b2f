import HCL

/// A module line's own check, registered with ``ConfigurationChecker`` beside the
/// catalogue-driven ones: the consistency of two modules' wiring, values that fit
/// their type but fail at plan time. Each rule lives in its line's folder.
public protocol CheckRule: Sendable {
  /// Adds what is wrong in `context` to `findings`.
  func check(_ context: CheckContext, findings: inout FindingList)
}

/// What a ``CheckRule`` sees of a directory: its files, module calls with their
/// resolved releases, and the tfvars values.
public struct CheckContext: Sendable {
  /// The configuration files (`*.tf`, overrides included).
  public let files: [ConfigurationFile]
  /// Every top-level module block, overrides merged in.
  public let calls: [ModuleCall]
  /// The module catalogue.
  public let catalog: ModuleCatalog
  let values: VariableValues
  let valueFiles: [ConfigurationFile]
  /// What `terraform init` installed, if it ran.
  let installed: InstalledModules

  init(
    files: [ConfigurationFile], catalog: ModuleCatalog, values: VariableValues, valueFiles: [ConfigurationFile],
    installed: InstalledModules = InstalledModules()
  ) {
    self.files = files
    self.calls = ModuleCall.collect(files)
    self.catalog = catalog
    self.values = values
    self.valueFiles = valueFiles
    self.installed = installed
  }

  /// The calls to the catalogued module `source`, each with the release its
  /// `version` resolves to: the one installed in `.terraform/modules` when it
  /// meets the constraint, else the newest admitted (the newest when unpinned or
  /// unreadable).
  public func calls(to source: String) -> [(call: ModuleCall, release: SemanticVersion?, resolution: ModuleResolution)] {
    // Match by address first: a module nobody calls is never decoded.
    guard let wanted = ModuleSource(source)?.registryAddress else { return [] }
    let matching = calls.filter { call in
      guard case .string(let address)? = call.constant("source"), let parsed = ModuleSource(address) else { return false }
      return parsed.registryAddress == wanted && parsed.subdirectory == nil
    }
    guard !matching.isEmpty, let module = catalog.module(wanted) else { return [] }
    return matching.map { call in
      var constraint = VersionConstraint(clauses: [])
      if case .string(let text)? = call.constant("version"), let parsed = try? VersionConstraint(text) {
        constraint = parsed
      }
      let resolution = module.resolve(constraint, installed: installed.release(of: call.label, from: module.source))
      return (call: call, release: resolution.release, resolution: resolution)
    }
  }

  /// Every catalogued module the directory calls, once each (in the order of
  /// their first call), with its calls and their resolved releases.
  public func calledModules()
    -> [(module: CatalogModule, calls: [(call: ModuleCall, release: SemanticVersion?, resolution: ModuleResolution)])]
  {
    var seen: Set<String> = []
    var out: [(module: CatalogModule, calls: [(call: ModuleCall, release: SemanticVersion?, resolution: ModuleResolution)])] = []
    for call in calls {
      guard case .string(let address)? = call.constant("source"), let module = catalog.module(address),
        seen.insert(module.source).inserted
      else { continue }
      out.append((module, calls(to: module.source)))
    }
    return out
  }

  /// The value of argument `name` of `call` and where it is written: a constant in
  /// the module block, or the tfvars value of the variable passed as `var.x`.
  public func writtenValue(_ name: String, of call: ModuleCall) -> (value: Value, file: ConfigurationFile, token: Int)? {
    call.writtenValue(name, values: values, valueFiles: valueFiles)
  }

  /// The effective tfvars value of variable `name`, if a value file sets it to a constant.
  public func tfvarsValue(_ name: String) -> (value: Value, file: ConfigurationFile, token: Int)? {
    guard let assignment = values.assignments[name], let value = assignment.value else { return nil }
    return (value, valueFiles[assignment.fileIndex], assignment.attribute.expression.tokens.lowerBound)
  }
}
