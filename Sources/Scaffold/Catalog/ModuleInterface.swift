/// The recorded interface of one module release: its Terraform and provider
/// requirements, its variables and its outputs.
///
/// The shipped catalogue has one for every release of every W&B module, built
/// from the interface history when a check asks for it.
public struct ModuleInterface: Sendable, Hashable {
  /// The module's `required_version`, such as `~> 1.9`.
  public let requiredVersion: VersionConstraint
  /// The module's `required_providers`, keyed by local name (`aws`, `helm`, ...).
  public let providers: [String: ProviderRequirement]
  /// Every variable, in declaration order.
  public let inputs: [ModuleInput]
  /// Every output, in declaration order.
  public let outputs: [ModuleOutput]

  private let inputIndex: [String: Int]

  /// Creates an interface; input names should be unique (the last one wins a lookup).
  public init(
    requiredVersion: VersionConstraint, providers: [String: ProviderRequirement],
    inputs: [ModuleInput], outputs: [ModuleOutput]
  ) {
    self.requiredVersion = requiredVersion
    self.providers = providers
    self.inputs = inputs
    self.outputs = outputs
    self.inputIndex = Dictionary(
      inputs.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { $1 })
  }

  /// The names of the variables without a default, in declaration order.
  public var requiredInputs: [String] {
    inputs.filter(\.isRequired).map(\.name)
  }

  /// The variable called `name`, if the release declares one.
  public func input(named name: String) -> ModuleInput? {
    inputIndex[name].map { inputs[$0] }
  }

  /// Whether the release declares a variable called `name`.
  public func declaresInput(_ name: String) -> Bool {
    inputIndex[name] != nil
  }

  /// The output called `name`, if the release declares one.
  public func output(named name: String) -> ModuleOutput? {
    outputs.first { $0.name == name }
  }

  /// A copy whose inputs without a summary take one from `summaries` (keyed by name).
  func withSummaries(_ summaries: [String: String]) -> ModuleInterface {
    guard !summaries.isEmpty else { return self }
    let filled = inputs.map { input in
      guard input.summary.isEmpty, let summary = summaries[input.name] else { return input }
      return ModuleInput(
        name: input.name, type: input.type, isRequired: input.isRequired,
        defaultHCL: input.defaultHCL, isSensitive: input.isSensitive, nullable: input.nullable,
        summary: summary)
    }
    return ModuleInterface(
      requiredVersion: requiredVersion, providers: providers, inputs: filled, outputs: outputs)
  }

  /// Reads an entry of `interfaces` in catalogue format 1.
  init(json node: CatalogJSON.Node) throws(CatalogJSON.Failure) {
    var providers: [String: ProviderRequirement] = [:]
    for (name, provider) in try node.required("providers").members() {
      providers[name] = try ProviderRequirement(json: provider)
    }
    var inputs: [ModuleInput] = []
    for input in try node.required("inputs").elements() { inputs.append(try ModuleInput(json: input)) }
    var outputs: [ModuleOutput] = []
    for output in try node.required("outputs").elements() { outputs.append(try ModuleOutput(json: output)) }
    self.init(
      requiredVersion: try node.required("required_version").constraint(), providers: providers, inputs: inputs,
      outputs: outputs)
  }

  /// Whether two interfaces declare the same requirements, inputs and outputs.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.requiredVersion == rhs.requiredVersion && lhs.providers == rhs.providers
      && lhs.inputs == rhs.inputs && lhs.outputs == rhs.outputs
  }

  /// Hashes the parts that `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(requiredVersion)
    hasher.combine(providers)
    hasher.combine(inputs)
    hasher.combine(outputs)
  }
}

/// A provider a module release requires: its source address and version constraint.
public struct ProviderRequirement: Sendable, Hashable {
  /// The provider source address, such as `hashicorp/aws`.
  public let source: String
  /// The version constraint, read with the `.provider` dialect (such as `~> 5.95`).
  public let version: VersionConstraint

  /// Creates a provider requirement.
  public init(source: String, version: VersionConstraint) {
    self.source = source
    self.version = version
  }

  /// Reads `{"source": ..., "version": ...}`; the version uses provider semantics.
  init(json node: CatalogJSON.Node) throws(CatalogJSON.Failure) {
    source = try node.required("source").string()
    version = try node.required("version").constraint(.provider)
  }
}
