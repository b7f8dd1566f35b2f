import Scaffold

/// The `upgrade --json` document: what was asked, what changed where, and why
/// nothing changed when nothing did. One document on standard output per run.
struct UpgradeJSON: Encodable {
  /// `updated`, `unchanged`, `pending` (`--check` or `--dry-run` found changes) or `refused`.
  var status: String
  var directory: String
  /// Whether files were written by this run.
  var written: Bool
  var steps: [Step]
  var files: [File]
  var notes: [Message]
  /// What to do around `terraform apply` for the majors this step crosses.
  var applyNotes: [String]
  /// The runs still to make after this one, in order: `--module-version '~> 5.2' (5.2.2)`
  /// (made by the same command again) or `--eks-cluster-version 1.29`.
  var remainingSteps: [String]
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
  init(plan: UpgradePlan, directory: String, written: Bool, relative: (String) -> String) {
    status = plan.hasChanges ? (written ? "updated" : "pending") : "unchanged"
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
    remainingSteps = plan.remainingSteps.map(\.description)
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
