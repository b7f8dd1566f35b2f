import HCL

/// What `wbscaffold upgrade` would change: per file the original and the new bytes,
/// a line per edit, one step per requested operation, and notes to show the user.
///
/// The plan is complete and checked before it is returned (every edit was read back
/// from the new bytes). The CLI prints ``summary`` and ``notes``, shows a diff of
/// ``files`` for `--dry-run`, exits 3 for `--check` when ``hasChanges``, and otherwise
/// writes every file of ``files`` (all or nothing).
public struct UpgradePlan: Sendable, Equatable {
  /// A file the plan changes or creates.
  public struct File: Sendable, Equatable {
    /// The path as given to the planner (a new file gets the directory of the others).
    public var path: String
    /// The bytes before the upgrade (empty for a new file).
    public var original: [UInt8]
    /// The bytes after the upgrade.
    public var updated: [UInt8]
    /// Whether the file does not exist yet.
    public var isNew: Bool
    /// The edits in this file, in source order.
    public var changes: [UpgradeChange]

    /// Makes a file entry.
    public init(path: String, original: [UInt8], updated: [UInt8], isNew: Bool, changes: [UpgradeChange]) {
      self.path = path
      self.original = original
      self.updated = updated
      self.isNew = isNew
      self.changes = changes
    }
  }

  /// Changed or created files, in the order the planner was given them (new files last).
  public var files: [File]
  /// One entry per requested operation: what it changes, or that it is already done.
  public var steps: [UpgradeStep]
  /// Warnings and notes: major-version requirements, downgrade and pinning cautions.
  public var notes: [Finding]
  /// What to do around `terraform apply` for the majors this step crosses (staged
  /// applies, quotas, what the plan must not destroy).
  public var applyNotes: [String]
  /// When a move across majors takes several steps: the runs still to make after
  /// this one is applied, in order, each applied before the next.
  public var remainingSteps: [UpgradeNextStep]

  /// Makes a plan.
  public init(
    files: [File], steps: [UpgradeStep], notes: [Finding], applyNotes: [String] = [], remainingSteps: [UpgradeNextStep] = []
  ) {
    self.files = files
    self.steps = steps
    self.notes = notes
    self.applyNotes = applyNotes
    self.remainingSteps = remainingSteps
  }

  /// Whether any file would change.
  public var hasChanges: Bool { !files.isEmpty }

  /// Every edit of every file, in file order.
  public var changes: [UpgradeChange] { files.flatMap(\.changes) }

  /// Lines for the user: each step, then each edit (`terraform.tfvars:3:17: wandb_version
  /// "0.58.1" -> "0.59.0"`).
  public var summary: [String] {
    steps.map(\.message) + changes.map(\.description)
  }
}

/// A place in a file: the path and a 1-based line and column.
public struct UpgradeLocation: Sendable, Equatable, CustomStringConvertible {
  /// The file's path, as given to the planner.
  public var path: String
  /// Line and column (columns count grapheme clusters; a BOM is not a column).
  public var position: SourcePosition

  /// Makes a location.
  public init(path: String, position: SourcePosition) {
    self.path = path
    self.position = position
  }

  /// `path:line:column`.
  public var description: String { "\(path):\(position.line):\(position.column)" }
}

/// One edit of a plan, located in the *new* bytes of its file.
public struct UpgradeChange: Sendable, Equatable, CustomStringConvertible {
  /// Where the edited value (or the added line) is in the updated file.
  public var location: UpgradeLocation
  /// What changed, such as `wandb_version "0.58.1" -> "0.59.0"`.
  public var summary: String

  /// Makes a change line.
  public init(location: UpgradeLocation, summary: String) {
    self.location = location
    self.summary = summary
  }

  /// `path:line:col: summary`.
  public var description: String { "\(location): \(summary)" }
}

/// The result of one requested operation.
public struct UpgradeStep: Sendable, Equatable {
  /// Which operation.
  public enum Target: String, Sendable, Equatable {
    /// `--wandb-version`.
    case wandbVersion
    /// `--module-version` (the pins of the line's main module).
    case module
    /// The `wandb/wandb/kubernetes` pins.
    case kubernetesModule
    /// The cluster's Kubernetes version (the line's cluster version option).
    case clusterVersion
  }

  /// Which operation.
  public var target: Target
  /// The current value (nil when it was not set); several values are joined with ", ".
  public var from: String?
  /// The requested value.
  public var to: String
  /// Whether the files already hold `to` (nothing to do: "already at X").
  public var isAlreadyCurrent: Bool
  /// A sentence for the user, such as `wandb_version: 0.58.1 -> 0.59.0` or
  /// `wandb_version is already 0.59.0; nothing to change`.
  public var message: String

  /// Makes a step.
  public init(target: Target, from: String?, to: String, isAlreadyCurrent: Bool, message: String) {
    self.target = target
    self.from = from
    self.to = to
    self.isAlreadyCurrent = isAlreadyCurrent
    self.message = message
  }
}

/// One `upgrade` run a move across majors still needs after the current step.
public enum UpgradeNextStep: Sendable, Equatable, CustomStringConvertible {
  /// Move the cluster's Kubernetes version to this minor (the line's cluster
  /// version option, such as `eks-cluster-version`), before the next module step.
  case clusterVersion(option: String, version: String)
  /// Move the module to this constraint (the newest release of a major), which the
  /// same `--module-version` run makes next.
  case module(constraint: String, release: SemanticVersion)

  /// What to pass to `wbscaffold upgrade` for this run (without the directory). Every
  /// module step is the run that was asked for again (`moduleVersion`, the requested
  /// constraint): it makes the next stop.
  public func arguments(repeating moduleVersion: String?) -> [String] {
    switch self {
    case .clusterVersion(let option, let version): ["--" + option, version]
    case .module(let constraint, _): ["--module-version", moduleVersion ?? constraint, "--allow-major"]
    }
  }

  /// `--eks-cluster-version 1.29` or `--module-version '~> 5.2' (5.2.2)`.
  public var description: String {
    switch self {
    case .clusterVersion(let option, let version): "--\(option) \(version)"
    case .module(let constraint, let release): "--module-version '\(constraint)' (\(release))"
    }
  }
}
