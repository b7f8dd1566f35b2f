/// What moving a configuration up to one major release of a module takes beyond what
/// the catalogue's interfaces show: values for new inputs, renames, blocks to remove
/// or add, references to rewrite, conditions that block the move, and what the
/// operator does around the apply. A module line records these facts in its folder
/// under `Blueprints/`; ``MigrationPlanner`` turns them, with the catalogue's
/// interface differences, into edits of the user's files.
public struct MajorMigration: Sendable {
  /// The registry address, such as `wandb/wandb/aws`.
  public var module: String
  /// The major this moves to.
  public var major: Int
  /// Whether the move to this major must be applied (`terraform apply`) on its own
  /// before moving further; a walk across majors stops at every such major.
  public var isStop: Bool
  /// Inputs to set on the module call when the call does not set them.
  public var newInputs: [NewInput]
  /// Inputs renamed (or split) in this major: the old argument's value goes to each new name.
  public var renamedInputs: [InputRename]
  /// Outputs renamed in this major (old name to new name); references are rewritten.
  public var renamedOutputs: [String: String]
  /// Module sources whose calls must be removed (the app module when the main module
  /// takes its place).
  public var removedModules: [String]
  /// References to rewrite anywhere in the configuration.
  public var rewrites: [TraversalRewrite]
  /// Data source types whose blocks are removed once the rewrites leave nothing
  /// reading them.
  public var unusedDataSources: [String]
  /// Blocks to add when the configuration has none like them.
  public var addedBlocks: [BlockAddition]
  /// Provider requirements the root needs for this major that the module does not
  /// declare itself (keyed by local name).
  public var extraProviders: [String: ProviderRequirement]
  /// Provider arguments the major no longer works with, moved to a module input.
  public var movedProviderArguments: [ProviderArgumentMove]
  /// Conditions under which the move must not be made.
  public var blockers: [MigrationBlocker]
  /// What to do around `terraform apply` for this major (staged applies, quotas, checks).
  public var applyNotes: [String]
  /// Said around the apply only when the step removes module calls (``removedModules``).
  public var removalNotes: [String]

  /// Makes the facts of one major.
  public init(
    module: String, major: Int, isStop: Bool = true, newInputs: [NewInput] = [], renamedInputs: [InputRename] = [],
    renamedOutputs: [String: String] = [:], removedModules: [String] = [], rewrites: [TraversalRewrite] = [],
    unusedDataSources: [String] = [], addedBlocks: [BlockAddition] = [], extraProviders: [String: ProviderRequirement] = [:],
    movedProviderArguments: [ProviderArgumentMove] = [], blockers: [MigrationBlocker] = [], applyNotes: [String] = [],
    removalNotes: [String] = []
  ) {
    self.removalNotes = removalNotes
    self.movedProviderArguments = movedProviderArguments
    self.module = module
    self.major = major
    self.isStop = isStop
    self.newInputs = newInputs
    self.renamedInputs = renamedInputs
    self.renamedOutputs = renamedOutputs
    self.removedModules = removedModules
    self.rewrites = rewrites
    self.unusedDataSources = unusedDataSources
    self.addedBlocks = addedBlocks
    self.extraProviders = extraProviders
    self.blockers = blockers
    self.applyNotes = applyNotes
  }
}

/// An input the migration sets on the module call.
public struct NewInput: Sendable {
  /// Where the value comes from.
  public enum Value: Sendable {
    /// This HCL expression, such as `true`.
    case expression(String)
    /// The expression the call of `module` (a registry address) passes as `argument`;
    /// the input is left for `--input` when there is no such call or argument.
    case movedFrom(module: String, argument: String)
  }

  /// The input's name.
  public var name: String
  /// Its value.
  public var value: Value
  /// One line: why this value keeps the existing install running.
  public var why: String
  /// Inputs that, when the call sets any of them, mean this one is not added.
  public var unlessSet: [String]
  /// A module (registry address) the configuration must call for this input to be
  /// added: a handover from that module is only needed where it runs.
  public var onlyWhenCalling: String?

  /// Makes an input.
  public init(_ name: String, _ value: Value, why: String, unlessSet: [String] = [], onlyWhenCalling: String? = nil) {
    self.name = name
    self.value = value
    self.why = why
    self.unlessSet = unlessSet
    self.onlyWhenCalling = onlyWhenCalling
  }
}

/// An input renamed or split: `old` becomes each of `new`, with the same value unless
/// `note` says how to adjust it.
public struct InputRename: Sendable {
  /// The old name.
  public var old: String
  /// The new names.
  public var new: [String]
  /// What the user should check about the value.
  public var note: String
  /// For a cluster-wide total that the new inputs count per zone: the inputs that give
  /// the number of zones, as a list's length or a number (the first the call sets as
  /// a constant counts), and the module's default number of zones. A constant total is divided
  /// by it (rounded up); any other value is kept as written.
  public var perZone: (zoneLists: [String], defaultZones: Int)?

  /// Makes a rename.
  public init(_ old: String, to new: [String], note: String, perZone: (zoneLists: [String], defaultZones: Int)? = nil) {
    self.old = old
    self.new = new
    self.note = note
    self.perZone = perZone
  }
}

/// A reference pattern and what replaces it, such as
/// `data.aws_eks_cluster.*.endpoint` becoming `module.{call}.cluster_endpoint`.
public struct TraversalRewrite: Sendable {
  /// One step of the pattern after the root.
  public enum Step: Sendable, Equatable {
    /// This attribute name.
    case name(String)
    /// Any attribute name.
    case anyName
    /// This constant index (`[0]` or `.0`).
    case index(String)
  }

  /// The root name (`data`, `module`, ...).
  public var root: String
  /// The steps, all of which must match the start of a reference.
  public var steps: [Step]
  /// The replacement; `{call}` stands for the name of the module call being moved.
  public var replacement: String
  /// One line: why.
  public var why: String

  /// Makes a rewrite.
  public init(root: String, _ steps: [Step], to replacement: String, why: String) {
    self.root = root
    self.steps = steps
    self.replacement = replacement
    self.why = why
  }
}

/// A block the migration adds, such as `provider "helm"`, unless the configuration
/// already has a block of that type and first label.
public struct BlockAddition: Sendable {
  /// The block type, such as `provider`.
  public var type: String
  /// Its labels.
  public var labels: [String]
  /// The block type and first label of the block it is written after (and whose
  /// arguments `{copy}` stands for).
  public var after: (type: String, label: String)
  /// The body's lines, indented by two spaces per level; a line `{copy}` is replaced
  /// by the arguments of the `after` block, as written, and `{copy:a,b}` by those of
  /// them it sets.
  public var body: [String]
  /// One line: why.
  public var why: String

  /// Makes an addition.
  public init(type: String, labels: [String], after: (type: String, label: String), body: [String], why: String) {
    self.type = type
    self.labels = labels
    self.after = after
    self.body = body
    self.why = why
  }
}

/// A condition that refuses the move, with the reason.
public struct MigrationBlocker: Sendable {
  /// What is tested on the module call.
  public enum Condition: Sendable {
    /// The argument is set to anything but an empty list (or null).
    case nonEmptyList(String)
  }

  /// The condition.
  public var condition: Condition
  /// Why the move cannot go ahead, and what to do first.
  public var reason: String

  /// Makes a blocker.
  public init(_ condition: Condition, reason: String) {
    self.condition = condition
    self.reason = reason
  }
}

/// An argument of `provider` blocks that moves to a module input, such as the
/// providers' `default_labels` becoming the module's `labels`.
public struct ProviderArgumentMove: Sendable {
  /// The provider local names whose blocks lose the argument.
  public var providers: [String]
  /// The argument.
  public var argument: String
  /// The module input that takes its value (when the call does not set it already).
  public var input: String
  /// One line: why.
  public var why: String

  /// Makes a move.
  public init(providers: [String], argument: String, to input: String, why: String) {
    self.providers = providers
    self.argument = argument
    self.input = input
    self.why = why
  }
}
