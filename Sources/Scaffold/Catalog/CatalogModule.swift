/// Everything the catalogue knows about one registry module: its releases, their
/// interfaces (every release's, from its history; or stored ones, in format 1),
/// required inputs by version range for releases without one, and traps.
public struct CatalogModule: Sendable, Hashable {
  /// The registry address, such as `wandb/wandb/aws`.
  public let source: String
  /// Every published release, oldest first.
  public let releases: [SemanticVersion]
  /// Interfaces given one per release (catalogue format 1).
  private let storedInterfaces: [SemanticVersion: ModuleInterface]
  /// The interface history (format 2), from which a release's interface is built when asked for.
  private let history: InterfaceSpans?
  /// Required inputs by version range, for releases without a recorded interface.
  public let requiredInputRanges: [RequiredInputsRange]
  /// Known argument mistakes, each for a version range.
  public let traps: [ModuleTrap]
  /// Outputs still read after a release removed or renamed them, each for a version range.
  public let outputTraps: [ModuleTrap]

  /// Creates a module entry; `releases` are sorted and de-duplicated.
  public init(
    source: String, releases: [SemanticVersion],
    interfaces: [SemanticVersion: ModuleInterface] = [:],
    requiredInputRanges: [RequiredInputsRange] = [], traps: [ModuleTrap] = [], outputTraps: [ModuleTrap] = []
  ) {
    self.init(
      source: source, releases: releases, interfaces: interfaces, requiredInputRanges: requiredInputRanges,
      traps: traps, outputTraps: outputTraps, history: nil)
  }

  /// Creates a module entry whose interfaces come from `history` (catalogue format 2).
  init(
    source: String, releases: [SemanticVersion], interfaces: [SemanticVersion: ModuleInterface],
    requiredInputRanges: [RequiredInputsRange], traps: [ModuleTrap], outputTraps: [ModuleTrap],
    history: InterfaceSpans?
  ) {
    self.source = source
    self.releases = Array(Set(releases)).sorted()
    self.storedInterfaces = interfaces
    self.history = history
    self.requiredInputRanges = requiredInputRanges
    self.traps = traps
    self.outputTraps = outputTraps
  }

  /// The last part of the address (`aws`, `kubernetes`), used in messages.
  public var shortName: String {
    source.split(separator: "/").last.map(String.init) ?? source
  }

  /// The newest release, or `nil` if none is listed.
  public var newestRelease: SemanticVersion? { releases.last }

  /// Every recorded interface, keyed by release (built for every release: for
  /// tests and tools; a check asks ``interface(for:)`` for the one it needs).
  public var interfaces: [SemanticVersion: ModuleInterface] {
    var all = storedInterfaces
    for release in releases where all[release] == nil {
      if let interface = history?.interface(at: release) { all[release] = interface }
    }
    return all
  }

  /// Where output `name` exists, as spans of releases (`1.0.0 - 4.24.0`), or the
  /// single releases with a stored interface that have it.
  public func releases(havingOutput name: String) -> [String] {
    if let history { return history.releases(havingOutput: name) }
    return storedInterfaces.keys.sorted().filter { storedInterfaces[$0]?.output(named: name) != nil }.map { "\($0)" }
  }

  /// The releases with a recorded interface, oldest first.
  public var studiedReleases: [SemanticVersion] {
    history == nil ? storedInterfaces.keys.sorted() : releases.filter { interface(for: $0) != nil }
  }

  /// Whether `version` is a published release.
  public func isRelease(_ version: SemanticVersion) -> Bool {
    releases.contains(version)
  }

  /// The recorded interface of `release`, if the catalogue has one.
  public func interface(for release: SemanticVersion) -> ModuleInterface? {
    storedInterfaces[release] ?? (releases.contains(release) ? history?.interface(at: release) : nil)
  }

  /// The by-range row covering `release`, if any.
  public func requiredInputRange(for release: SemanticVersion) -> RequiredInputsRange? {
    requiredInputRanges.first { $0.versions.satisfiedBy(release) }
  }

  /// The inputs a caller must set for `release`: from its interface when recorded,
  /// else from the by-range table; `nil` when neither covers it.
  public func requiredInputs(for release: SemanticVersion) -> [String]? {
    interface(for: release)?.requiredInputs ?? requiredInputRange(for: release)?.inputs
  }

  /// The traps that apply to `release`.
  public func traps(for release: SemanticVersion) -> [ModuleTrap] {
    traps.filter { $0.applies(to: release) }
  }

  /// Picks the release `terraform init` would install for `constraint` and gathers
  /// what is known about it.
  ///
  /// - Parameters:
  ///   - constraint: the `version` argument of the `module` block.
  ///   - subdirectory: the `//subdirectory` of the source, if any; submodules have
  ///     no recorded interface, required inputs or traps.
  /// - Returns: the resolution; its `release` is `nil` when nothing matches.
  public func resolve(
    _ constraint: VersionConstraint, subdirectory: String? = nil
  ) -> ModuleResolution {
    let label = subdirectory.map { "\(source)//\($0)" } ?? source
    guard let release = constraint.resolve(in: releases) else {
      let newest = newestRelease.map { " (the newest release is \($0))" } ?? ""
      return ModuleResolution(
        source: label, constraint: constraint, release: nil, interface: nil,
        interfaceNote: "no release of \(source) matches \"\(constraint)\"\(newest)",
        requiredInputs: nil, requiredInputsNote: nil, traps: [])
    }
    if let subdirectory {
      return ModuleResolution(
        source: label, constraint: constraint, release: release, interface: nil,
        interfaceNote: "no interface recorded for submodule //\(subdirectory) of "
          + "\(shortName) \(release); arguments not checked",
        requiredInputs: nil,
        requiredInputsNote: "required inputs of submodule //\(subdirectory) are not recorded",
        traps: [])
    }
    let found = traps(for: release)
    if let interface = interface(for: release) {
      return ModuleResolution(
        source: label, constraint: constraint, release: release, interface: interface,
        interfaceNote: nil, requiredInputs: interface.requiredInputs,
        requiredInputsNote: nil, traps: found)
    }
    let interfaceNote = "no interface recorded for \(shortName) \(release); arguments not checked"
    guard let range = requiredInputRange(for: release) else {
      return ModuleResolution(
        source: label, constraint: constraint, release: release, interface: nil,
        interfaceNote: interfaceNote, requiredInputs: nil,
        requiredInputsNote: "required inputs of \(shortName) \(release) are not recorded",
        traps: found)
    }
    return ModuleResolution(
      source: label, constraint: constraint, release: release, interface: nil,
      interfaceNote: interfaceNote, requiredInputs: range.inputs,
      requiredInputsNote: "required inputs of \(shortName) \(range.versions) "
        + "(\(range.source))",
      traps: found)
  }
}
