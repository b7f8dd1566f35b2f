/// What `upgrade` must know of one module line: which module `--module-version`
/// moves, which app module holds `wandb_version` before the operator era, where
/// that era starts, and the breaking changes of each major. A line records its
/// facts in its folder under `Blueprints/`.
public struct UpgradeLine: Sendable {
  /// The registry address of the main module, such as `wandb/wandb/google`.
  public var module: String
  /// The registry address of the app module of the pre-operator era, if the line had one.
  public var appModule: String?
  /// The first major of `module` where the W&B operator manages W&B Server (nil: always).
  public var operatorMajor: Int?
  /// The breaking changes of each major of `module`.
  public var majorNotes: [MajorUpgradeNote]
  /// Where the move to the operator era is described, for notes.
  public var operatorMigrationReference: String
  /// What moving up to each major takes in the user's files (majors without facts
  /// get only what the catalogue shows, and are each a stop of their own).
  public var migrations: [MajorMigration]
  /// The Kubernetes version input of the main module, when it has one.
  public var clusterVersion: ClusterVersionFacts?

  /// Makes a line's facts.
  public init(
    module: String, appModule: String? = nil, operatorMajor: Int? = nil, majorNotes: [MajorUpgradeNote],
    operatorMigrationReference: String = "the module's CHANGELOG", migrations: [MajorMigration] = [],
    clusterVersion: ClusterVersionFacts? = nil
  ) {
    self.clusterVersion = clusterVersion
    self.migrations = migrations
    self.module = module
    self.appModule = appModule
    self.operatorMajor = operatorMajor
    self.majorNotes = majorNotes
    self.operatorMigrationReference = operatorMigrationReference
  }
}
