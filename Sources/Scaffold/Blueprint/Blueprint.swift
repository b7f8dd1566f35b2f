import HCL

/// One module line: everything line-specific, from the questions it asks to the
/// files it renders and how it describes them.
///
/// Implementations live in the `Blueprints` target, one folder per cloud; adding
/// a line means adding a type there and listing it in `BlueprintCatalog`. Nothing
/// in `Scaffold` or the command-line tool names a cloud.
public protocol Blueprint: Sendable {
  /// The id users type: `gcp-v10`.
  var id: String { get }
  /// The cloud (or platform) the line deploys to.
  var cloud: Cloud { get }
  /// Whether this is the line a new user of `cloud` should get (the wizard's default).
  var isCurrent: Bool { get }
  /// One line for help and the wizard.
  var summary: String { get }
  /// The registry source of the main module.
  var moduleSource: String { get }
  /// The registry source of a second, app module (pre-operator lines), if any.
  var appModuleSource: String? { get }
  /// The questions, in the order the wizard asks them.
  var questions: [Question] { get }
  /// Default version pins (every `PinKey` the line writes).
  var defaultPins: [PinKey: String] { get }
  /// What the line's modules themselves require of Terraform and the providers
  /// (their `required_version` and `required_providers`); a pin must overlap these.
  var moduleRequirements: [PinKey: String] { get }
  /// Sample answers for `init --example`: documentation domains and address
  /// ranges, so the files show the line's shape without any real account.
  var exampleAnswers: [String: [String]] { get }

  /// Completes answers after every question is validated: cross-question rules,
  /// the reference-architecture sizing; returns what is refused.
  func complete(_ answers: inout Answers, explicit: Set<String>) -> [AnswerProblem]

  /// Why a valid value of question `id` is outside what the line supports (an
  /// EKS minor the module was not validated on), or nil; the wizard asks again,
  /// flags only warn.
  func unsupported(_ id: String, _ value: String) -> String?

  /// The pins in effect for `answers`: the defaults with the given pins over
  /// them, and any default a choice needs raised.
  func pins(for answers: Answers) -> [PinKey: String]

  /// The documents to write for `answers` (already validated), with their paths.
  func render(_ answers: Answers, pins: [PinKey: String]) -> [PlannedDocument]

  /// What the configuration deploys, for the wizard's summary, the README and `--json`.
  func describe(_ answers: Answers, pins: [PinKey: String]) -> DeploymentSummary
}

extension Blueprint {
  /// No app module unless a line says so.
  public var appModuleSource: String? { nil }
  /// The defaults with `answers.pins` over them.
  public func pins(for answers: Answers) -> [PinKey: String] {
    defaultPins.merging(answers.pins.filter { defaultPins[$0.key] != nil }) { _, new in new }
  }

  /// Every valid value is supported unless a line says otherwise.
  public func unsupported(_ id: String, _ value: String) -> String? { nil }

  /// Nothing to complete unless a line says so.
  public func complete(_ answers: inout Answers, explicit: Set<String>) -> [AnswerProblem] { [] }

  /// The last part of the main module's address: `google` for `wandb/wandb/google`.
  public var moduleName: String { String(moduleSource.split(separator: "/").last ?? "") }
  /// The last part of the app module's address, if any.
  public var appModuleName: String? { appModuleSource.map { String($0.split(separator: "/").last ?? "") } }

  /// The flag that sets `key` on this line.
  public func pinFlag(_ key: PinKey) -> String { key.flag(appModuleName: appModuleName ?? "app") }

  /// `google module`, `kubernetes module`, `Terraform`, `helm provider`.
  public func pinLabel(_ key: PinKey) -> String {
    switch key {
    case .module: return "\(moduleName) module"
    case .appModule: return "\(appModuleName ?? "app") module"
    default: return key.description
    }
  }

  /// The question with `id`, if this line asks it.
  public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
}

/// A cloud or platform that module lines deploy to.
public struct Cloud: Sendable, Equatable {
  /// The id users type: `gcp`.
  public var id: String
  /// Its name in sentences: `Google Cloud`.
  public var name: String

  /// Makes a cloud.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
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
