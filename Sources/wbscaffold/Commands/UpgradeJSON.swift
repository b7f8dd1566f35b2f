import Scaffold

/// The `upgrade --json` document: what was asked, what changed where, and why
/// nothing changed when nothing did. One document on standard output per run.
struct UpgradeJSON: Encodable {
  /// `updated`, `notDone` (written, but errors are left to fix by hand: exit 1),
  /// `unchanged`, `pending` (`--check` or `--dry-run` found changes) or `refused`.
  var status: String
  var directory: String
  /// Whether files were written by this run.
  var written: Bool
  var steps: [Step]
  var files: [File]
  var notes: [Message]
  /// What to do around `terraform apply` for the majors this step crosses.
  var applyNotes: [String]
  /// The runs still to make after this one, in order, each applied before the next.
  var remainingSteps: [NextStep]
  /// What to run after this step is written, before the next (empty when no pin moved).
  var review: [String]

  /// One run still to make: `arguments` are what to pass to `wbscaffold upgrade`
  /// (without the directory); for a module step, the stop it makes and its release.
  struct NextStep: Encodable {
    var kind: String
    var arguments: [String]
    var moduleVersion: String?
    var release: String?
    var kubernetesVersion: String?
  }
  /// Set when `status` is `refused`.
  var refusal: Refusal?

  struct Step: Encodable {
    var target: String
    var from: String?
    var to: String
    var alreadyCurrent: Bool
  }

  struct File: Encodable {
    var path: String
    var action: String
    var changes: [Change]
  }

  struct Change: Encodable {
    var line: Int
    var column: Int
    var summary: String
  }

  struct Message: Encodable {
    var rule: String
    var severity: String
    var message: String
    var location: String?
    var details: [String]
  }

  struct Refusal: Encodable {
    var kind: String
    var rule: String
    var message: String
    var location: String?
    var sites: [String]
    var hint: String?
    var notes: [Message]
  }

  /// The document for a plan; `written` tells whether it was applied.
  init(plan: UpgradePlan, directory: String, written: Bool, moduleVersion: String?, relative: (String) -> String) {
    let left = plan.notes.contains { $0.severity == .error }
    status = plan.hasChanges ? (written ? (left ? "notDone" : "updated") : "pending") : "unchanged"
    self.directory = directory
    self.written = written
    steps = plan.steps.map {
      Step(target: $0.target.rawValue, from: $0.from, to: $0.to, alreadyCurrent: $0.isAlreadyCurrent)
    }
    files = plan.files.map { file in
      File(
        path: relative(file.path), action: file.isNew ? "create" : "update",
        changes: file.changes.map {
          Change(line: $0.location.position.line, column: $0.location.position.column, summary: $0.summary)
        })
    }
    notes = plan.notes.map(Self.message)
    applyNotes = plan.applyNotes
    remainingSteps = plan.remainingSteps.map { step in
      switch step {
      case .clusterVersion(_, let version):
        NextStep(kind: "clusterVersion", arguments: step.arguments(repeating: moduleVersion), kubernetesVersion: version)
      case .module(let constraint, let release):
        NextStep(
          kind: "module", arguments: step.arguments(repeating: moduleVersion), moduleVersion: constraint,
          release: release.description)
      }
    }
    review = UpgradeCommand.movedModulePin(plan) ? UpgradeCommand.reviewSequence(plan) : []
    refusal = nil
  }

  /// The document for a refused request.
  init(refusal r: UpgradeRefusal, directory: String) {
    status = "refused"
    self.directory = directory
    written = false
    steps = []
    files = []
    notes = []
    applyNotes = []
    remainingSteps = []
    review = []
    refusal = Refusal(
      kind: r.kind.rawValue, rule: r.finding.rule.rawValue, message: r.message,
      location: r.finding.location?.description, sites: r.finding.notes.map(\.description), hint: r.finding.hint,
      notes: r.notes.map(Self.message))
  }

  private static func message(_ finding: Finding) -> Message {
    Message(
      rule: finding.rule.rawValue, severity: finding.severity.rawValue, message: finding.message,
      location: finding.location?.description, details: finding.notes.map(\.description))
  }

  /// Pretty-printed JSON with sorted keys and a final line break.
  var text: String { JSONText.encode(self) }
}
