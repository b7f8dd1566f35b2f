/// What a `module` block's `source` and `version` resolve to, and what can be
/// checked about that release.
///
/// Produced by `ModuleCatalog.resolve(source:constraint:)` and
/// `CatalogModule.resolve(_:subdirectory:)`. When the constraint matches no
/// release, ``release`` is `nil` and ``interfaceNote`` says so.
public struct ModuleResolution: Sendable, Hashable {
  /// The normalised source, such as `wandb/wandb/aws` (with `//subdirectory` if given).
  public let source: String
  /// The constraint that was resolved.
  public let constraint: VersionConstraint
  /// The release `terraform init` would install, or `nil` if none matches.
  public let release: SemanticVersion?
  /// The release's recorded interface; `nil` when the catalogue has none (a submodule, a format-1 gap).
  public let interface: ModuleInterface?
  /// Why ``interface`` is `nil`, such as `no interface recorded for aws 3.4.2;
  /// arguments not checked`; `nil` when an interface is present.
  public let interfaceNote: String?
  /// The inputs the caller must set, from the interface or else from the
  /// by-range table; `nil` when unknown.
  public let requiredInputs: [String]?
  /// Where ``requiredInputs`` come from when not from the interface, or why they
  /// are unknown; `nil` when they come from the interface.
  public let requiredInputsNote: String?
  /// The traps that apply to the resolved release.
  public let traps: [ModuleTrap]

  /// Creates a resolution value.
  public init(
    source: String, constraint: VersionConstraint, release: SemanticVersion?,
    interface: ModuleInterface?, interfaceNote: String?, requiredInputs: [String]?,
    requiredInputsNote: String?, traps: [ModuleTrap]
  ) {
    self.source = source
    self.constraint = constraint
    self.release = release
    self.interface = interface
    self.interfaceNote = interfaceNote
    self.requiredInputs = requiredInputs
    self.requiredInputsNote = requiredInputsNote
    self.traps = traps
  }

  /// Whether some release satisfies the constraint.
  public var isResolved: Bool { release != nil }

  /// The traps for `argument` (usually zero or one).
  public func traps(for argument: String) -> [ModuleTrap] {
    traps.filter { $0.argument == argument }
  }
}
