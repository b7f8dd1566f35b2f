/// What the deployment mostly runs, as the W&B reference architecture sizes it.
public enum Workload: String, Sendable, CaseIterable {
  case models, weave, both
}

/// The environment class of the reference architecture.
public enum Environment: String, Sendable, CaseIterable {
  case dev, prod
}

/// Node and database sizes for a deployment, in the machine names of its cloud.
public struct Sizing: Sendable, Equatable {
  /// Machine types of the Kubernetes node pool.
  public var nodeMachineTypes: [String]
  /// The database's machine class or tier.
  public var databaseClass: String
  /// Where the figures come from, for summaries.
  public var origin: String

  /// Makes a sizing.
  public init(nodeMachineTypes: [String], databaseClass: String, origin: String) {
    self.nodeMachineTypes = nodeMachineTypes
    self.databaseClass = databaseClass
    self.origin = origin
  }

  /// The origin line of a reference-architecture sizing.
  public static func referenceOrigin(_ workload: Workload, _ environment: Environment) -> String {
    "W&B reference architecture, \(workload.rawValue) workload, \(environment.rawValue)"
  }
}

/// One size preset of a module (its `size` input): the database class and node
/// machine type it picks.
public struct SizePreset: Sendable, Equatable {
  /// The key, such as `small`.
  public var size: String
  /// The database class the preset picks.
  public var database: String
  /// The node machine type the preset picks.
  public var node: String

  /// Makes a preset.
  public init(_ size: String, database: String, node: String) {
    self.size = size
    self.database = database
    self.node = node
  }

  /// The smallest preset whose database class is `database` (else the first).
  public static func matching(database: String, in presets: [SizePreset]) -> SizePreset? {
    presets.first { $0.database == database } ?? presets.first
  }
}
