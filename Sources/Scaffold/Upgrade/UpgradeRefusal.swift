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
    /// The planner produced an edit it could not read back; a bug, reported as such.
    case internalError
  }

  /// A located detail: one of the places a refusal is about.
  public struct Site: Sendable, Equatable, CustomStringConvertible {
    /// Where.
    public var location: UpgradeLocation
    /// What is there, such as `wandb_version = "0.58.1"`.
    public var detail: String

    /// Makes a site.
    public init(_ location: UpgradeLocation, _ detail: String) {
      self.location = location
      self.detail = detail
    }

    /// `path:line:col: detail`.
    public var description: String { "\(location): \(detail)" }
  }

  /// The class of refusal.
  public var kind: Kind
  /// One sentence saying what was refused and why.
  public var message: String
  /// The main place the refusal is about, if any.
  public var location: UpgradeLocation?
  /// Further places (every disagreeing value, for instance).
  public var sites: [Site]
  /// What the user can do, if there is something to suggest.
  public var hint: String?
  /// Notes that explain the refusal (the requirements of a major version).
  public var notes: [UpgradeNote]
  /// For a usage refusal, the command-line flag whose value was refused.
  public var flag: String?

  /// Makes a refusal.
  public init(
    _ kind: Kind, _ message: String, at location: UpgradeLocation? = nil, sites: [Site] = [],
    hint: String? = nil, notes: [UpgradeNote] = []
  ) {
    self.kind = kind
    self.message = message
    self.location = location
    self.sites = sites
    self.hint = hint
    self.notes = notes
  }

  /// Whether this is a usage error (a malformed request value).
  public var isUsageError: Bool { kind == .usage }

  /// The rendered lines: `[path:line:col: ]error: message`, the sites, the hint, the notes.
  public var lines: [String] {
    var out = [(location.map { "\($0): " } ?? "") + "error: " + message]
    out += sites.map { "  \($0)" }
    if let hint { out.append("hint: " + hint) }
    out += notes.flatMap(\.lines)
    return out
  }

  /// ``lines`` joined with newlines.
  public var description: String { lines.joined(separator: "\n") }
}
