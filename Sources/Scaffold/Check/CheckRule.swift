import HCL

/// A module line's own check, registered with ``ConfigurationChecker`` beside the
/// catalogue-driven ones: the consistency of two modules' wiring, values that fit
/// their type but fail at plan time. Each rule lives in its line's folder.
public protocol CheckRule: Sendable {
  /// Adds what is wrong in `context` to `findings`.
  func check(_ context: CheckContext, findings: inout FindingList)
}

/// A module call with the release it resolves to, and what is known of that release.
public typealias ResolvedCall = (call: ModuleCall, release: SemanticVersion?, resolution: ModuleResolution)

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
  /// Every catalogued module the directory calls, in the order of its first call,
  /// with its calls resolved once for all rules.
  private let called: [(module: CatalogModule, calls: [ResolvedCall])]

  init(
    files: [ConfigurationFile], catalog: ModuleCatalog, values: VariableValues, valueFiles: [ConfigurationFile],
    installed: InstalledModules = InstalledModules()
  ) {
    self.files = files
    self.calls = ModuleCall.collect(files)
    self.catalog = catalog
    self.values = values
    self.valueFiles = valueFiles
    // Only modules the directory calls are decoded; submodule calls are not the module's.
    var called: [(module: CatalogModule, calls: [ResolvedCall])] = []
    for call in calls {
      guard case .string(let address)? = call.constant("source"), let parsed = ModuleSource(address),
        parsed.subdirectory == nil, let module = catalog.module(parsed.registryAddress)
      else { continue }
      var constraint = VersionConstraint(clauses: [])
      if case .string(let text)? = call.constant("version"), let parsed = try? VersionConstraint(text) {
        constraint = parsed
      } else if call.argument("version") != nil, call.constant("version") == nil {
        // A version terraform cannot read names no release: nothing is checked against one.
        continue
      }
      let resolution = module.resolve(constraint, installed: installed.release(of: call.label, from: module.source))
      let resolved: ResolvedCall = (call: call, release: resolution.release, resolution: resolution)
      if let i = called.firstIndex(where: { $0.module.source == module.source }) {
        called[i].calls.append(resolved)
      } else {
        called.append((module, [resolved]))
      }
    }
    self.called = called
  }

  /// The calls to the catalogued module `source`, each with the release its
  /// `version` resolves to: the one installed in `.terraform/modules` when it
  /// meets the constraint, else the newest admitted (the newest when unpinned or
  /// unreadable).
  public func calls(to source: String) -> [ResolvedCall] {
    guard let wanted = ModuleSource(source)?.registryAddress else { return [] }
    return called.first { $0.module.source == wanted }?.calls ?? []
  }

  /// Every catalogued module the directory calls, once each (in the order of
  /// their first call), with its calls and their resolved releases.
  public func calledModules() -> [(module: CatalogModule, calls: [ResolvedCall])] { called }

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
