import HCL

/// Why the planner changed nothing: a reason, where it was found, and what to do.
///
/// A refusal always means no file is written. ``kind`` lets the CLI pick the exit
/// status: ``Kind/usage`` is a bad flag value (exit 64), ``Kind/operatorManaged`` is
/// the operator line, where W&B's version is not set in Terraform, and everything
/// else is a refused upgrade (exit 1).
public struct UpgradeRefusal: Error, Sendable, Equatable, CustomStringConvertible {
  /// The class of refusal.
  public enum Kind: String, Sendable, Equatable {
    /// A request value is malformed (a version or constraint), or nothing was asked.
    case usage
    /// The directory uses `wandb/wandb/aws` 4.0 or later: the W&B operator manages the
    /// W&B Server version (pinned in the W&B System Console), not Terraform.
    case operatorManaged
    /// A file does not parse, or holds something Terraform itself would reject.
    case invalidConfiguration
    /// There is nothing to upgrade: no W&B module call, or no app module to hold the version.
    case notFound
    /// The value is not a plain string literal (an expression, a template, a heredoc).
    case notALiteral
    /// The value is set in several places that disagree.
    case conflicting
    /// The new version is lower than the current one (needs `allowDowngrade`).
    case downgrade
    /// A module pin would cross a major version (needs `allowMajor`); the notes say
    /// what that major requires.
    case majorUpgrade
    /// A module call has no `version` argument; none is ever added.
    case missingPin
    /// The value lives where this tool does not edit (a JSON configuration file, a
    /// one-line block).
    case unsupported
    /// The change would add errors that the configuration checker reports.
    case breaksConfiguration
    /// A Kubernetes version move of more than one minor (the refusal names the sequence).
    case skippedMinor
    /// A required input of the target release has no safe value (pass it with `--input`).
    case missingInput
    /// The configuration holds something the target major refuses (the reason says what to do first).
    case migrationBlocked
    /// The planner produced an edit it could not read back; a bug, reported as such.
    case internalError
  }

  /// A further place a refusal is about (each value that disagrees, say).
  public struct Site: Sendable, Equatable {
    /// Where.
    public var location: UpgradeLocation
    /// What is there, such as `wandb_version = "0.58.1"`.
    public var detail: String

    /// Makes a site.
    public init(_ location: UpgradeLocation, _ detail: String) {
      self.location = location
      self.detail = detail
    }
  }

  /// The class of refusal.
  public var kind: Kind
  /// For a usage refusal, the command-line flag whose value was refused.
  public var flag: String?
  /// The error itself: the message, where, the places it is about (as notes) and
  /// what the user can do (the hint).
  public var finding: Finding
  /// Findings that explain the refusal (the requirements of a major version).
  public var notes: [Finding]
  /// For ``Kind/missingInput``: the inputs to give with `--input` (or on a terminal),
  /// and which of them the module marks sensitive (not to be echoed).
  public var missingInputs: [String] = []
  public var sensitiveInputs: Set<String> = []

  /// Makes a refusal; each of `sites` is a further place it is about (every value
  /// that disagrees, for instance), shown as a note with its location.
  public init(
    _ kind: Kind, _ message: String, at location: UpgradeLocation? = nil, sites: [Site] = [],
    hint: String? = nil, notes: [Finding] = []
  ) {
    self.kind = kind
    self.finding = Finding(
      .refusal(kind), .error, path: location?.path, position: location?.position, message: message, hint: hint,
      notes: sites.map { Finding.Note($0.detail, path: $0.location.path, position: $0.location.position) })
    self.notes = notes
  }

  /// One sentence saying what was refused and why.
  public var message: String { finding.message }

  /// The refusal, then what explains it: what the CLI prints.
  public var findings: [Finding] { [finding] + notes }

  /// Whether this is a usage error (a malformed request value).
  public var isUsageError: Bool { kind == .usage }

  /// Every finding, one per line (its hint after `; `; notes are for the printer).
  public var description: String { findings.map(\.description).joined(separator: "\n") }
}
