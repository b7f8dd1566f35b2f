import HCL

/// One edit a planner wants, with what it should read back as once applied.
struct PendingEdit: Sendable {
  /// The file's path (an existing file, or a new one).
  var path: String
  /// The bytes to replace or insert, in the original file.
  var edit: ByteEdit
  /// How to find the edited value in the new bytes.
  var anchor: ChangeAnchor
  /// The source text the value must have afterwards, such as `"0.59.0"` or `var.wandb_version`.
  var expected: String?
  /// The change line, without its location.
  var summary: String
}

/// How an edit is found again in the new bytes, to read it back and locate it.
enum ChangeAnchor: Sendable, Equatable {
  /// An argument of the first `module "module"` block of the file, or a top-level
  /// argument when `module` is nil. The location is the value's, or the name's when
  /// `atName` (for an added line).
  case argument(module: String?, name: String, atName: Bool)
  /// A `variable "name"` block (the location is its first token).
  case variable(String)
  /// A byte offset of the original file (a removal or a rewrite), located in the new
  /// bytes by shifting it past the file's other edits.
  case original(offset: Int)
}

/// What one planner contributes to a plan.
struct PartialPlan: Sendable {
  var edits: [PendingEdit] = []
  var steps: [UpgradeStep] = []
  var notes: [Finding] = []
  /// The sources of module calls the edits remove.
  var removedModules: Set<String> = []

  mutating func append(_ other: PartialPlan) {
    edits += other.edits
    steps += other.steps
    notes += other.notes
    removedModules.formUnion(other.removedModules)
  }
}
