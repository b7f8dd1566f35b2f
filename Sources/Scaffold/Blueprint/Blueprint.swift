import HCL

/// One module line: what it asks for, its defaults, and how it renders files.
///
/// Implementations live in the `Blueprints` target, one file per module line;
/// adding a line means adding a type there and listing it in its catalogue.
public protocol Blueprint: Sendable {
  /// The id users type: `aws-v2`.
  var id: String { get }
  /// One line for help and the wizard.
  var summary: String { get }
  /// The registry source of the infrastructure module.
  var moduleSource: String { get }
  /// Which optional answers this line uses.
  var uses: Set<AnswerField> { get }
  /// Default version pins (every `PinKey` the line writes).
  var defaultPins: [PinKey: String] { get }
  /// What the line's modules themselves require of Terraform and the providers
  /// (their `required_version` and `required_providers`); a pin must overlap these.
  var moduleRequirements: [PinKey: String] { get }
  /// Whether an SQS queue the module creates reaches W&B (false on lines whose
  /// module never passes the queue on, so the queue would be unused).
  var passesQueueToApp: Bool { get }
  /// Default EKS minor version and the supported range shown in hints.
  var defaultEKSVersion: String { get }
  /// EKS minor versions the module line supports, for a warning outside them.
  var supportedEKSVersions: ClosedRange<Int> { get }

  /// The documents to write for `answers` (already validated), with their paths.
  func render(_ answers: Answers, pins: [PinKey: String]) -> [PlannedDocument]

  /// What this module line makes risky for `answers`, shown with the summary.
  func warnings(for answers: Answers) -> [String]

  /// Known failures of a first `terraform apply` on this line and their fixes,
  /// for the generated README (Markdown, one item each).
  func troubleshooting(for answers: Answers) -> [String]
}

extension Blueprint {
  /// The queue reaches W&B unless a line says otherwise.
  public var passesQueueToApp: Bool { true }

  /// No line-specific warnings by default.
  public func warnings(for answers: Answers) -> [String] { [] }

  /// No troubleshooting notes by default.
  public func troubleshooting(for answers: Answers) -> [String] { [] }
}

/// Optional answers a blueprint may use.
public enum AnswerField: String, Sendable, Hashable {
  case wandbVersion
  case size
}

/// A file a blueprint produces: HCL to render through the formatter, or plain text.
public struct PlannedDocument: Sendable {
  /// Path relative to the target directory.
  public var path: String
  /// The content.
  public var content: Content
  /// Whether it holds a secret (written with mode 0600).
  public var isSecret: Bool

  /// What a file holds.
  public enum Content: Sendable {
    /// HCL, rendered through the formatter.
    case hcl(Document)
    /// Plain text written as is.
    case text(String)
  }

  /// Makes a planned file.
  public init(path: String, content: Content, isSecret: Bool = false) {
    self.path = path
    self.content = content
    self.isSecret = isSecret
  }
}

/// A rendered file, ready to write.
public struct GeneratedFile: Sendable, Equatable {
  /// Path relative to the target directory.
  public var path: String
  /// The bytes.
  public var contents: String
  /// Whether it holds a secret (mode 0600).
  public var isSecret: Bool

  /// Makes a file.
  public init(path: String, contents: String, isSecret: Bool) {
    self.path = path
    self.contents = contents
    self.isSecret = isSecret
  }
}
