/// What a generated configuration deploys, its versions and what deserves a
/// second look: shown by the wizard, written into the generated README and
/// printed by `init --json`. A blueprint fills it in its cloud's words.
public struct DeploymentSummary: Sendable {
  /// The blueprint id.
  public var blueprint: String
  /// The blueprint's one-line summary.
  public var blueprintSummary: String
  /// The README's title: `W&B Server on Google Cloud`.
  public var title: String
  /// The W&B URL.
  public var url: String
  /// Where the regenerate command's secrets come from ("the license comes from
  /// `WANDB_LICENSE` or `--license-file`"), in Markdown.
  public var secretSources: String
  /// Version pins in effect, in order, with their labels.
  public var pins: [Pin]
  /// The choices made, in the order the README's table and the wizard show them.
  public var settings: [Setting]
  /// The values most often mistyped (namespace, region, address ranges), shown
  /// first in the wizard's summary and in `--json`, not in the README's table.
  public var reviewed: [Setting] = []
  /// The remote state, described (nil: a local state file).
  public var backend: Setting?
  /// Whether database and bucket deletion protection stays on; nil on a line
  /// whose module creates neither (the data stores are the user's own).
  public var deletionProtection: Bool?
  /// What to run to move a local state to a remote backend (README, local state only).
  public var remoteStateAdvice: String
  /// Things that are allowed but deserve attention.
  public var warnings: [String]
  /// What each toggle costs or changes, one line each.
  public var notes: [String]
  /// Known first-apply failures of the module line and their fixes (README only).
  public var troubleshooting: [String]
  /// Manual steps before or after the first apply (README only), Markdown items.
  public var manualSteps: [String]
  /// A Mermaid flowchart of the deployment, one line each.
  public var diagram: [String]
  /// What each generated file is for, by path.
  public var filePurposes: [String: String]
  /// Whether the W&B Server version is set in Terraform on this line (else the operator manages it).
  public var setsWandbVersion: Bool

  /// A version pin in effect.
  public struct Pin: Sendable, Equatable {
    /// Which pin.
    public var key: PinKey
    /// `google module`, `Terraform`.
    public var label: String
    /// The constraint.
    public var value: String
  }

  /// One choice: a label, its value for people, and its key and value for `--json`.
  public struct Setting: Sendable, Equatable {
    /// `size preset`.
    public var label: String
    /// The value as the README's table shows it (Markdown).
    public var markdown: String
    /// The value as a terminal shows it.
    public var text: String
    /// The camelCase key in `--json`.
    public var jsonKey: String
    /// The value in `--json`.
    public var json: JSONValue

    /// Makes a setting.
    public init(_ label: String, markdown: String, text: String, jsonKey: String, json: JSONValue) {
      self.label = label
      self.markdown = markdown
      self.text = text
      self.jsonKey = jsonKey
      self.json = json
    }

    /// A code value: `` `small` `` in the README, `small` on a terminal.
    public static func code(_ label: String, _ value: String, suffix: String = "", jsonKey: String) -> Setting {
      Setting(label, markdown: "`\(value)`" + suffix, text: value + suffix, jsonKey: jsonKey, json: .string(value))
    }

    /// A list of code values.
    public static func codes(_ label: String, _ values: [String], suffix: String = "", jsonKey: String) -> Setting {
      let joined = values.joined(separator: ", ")
      return Setting(label, markdown: "`\(joined)`" + suffix, text: joined + suffix, jsonKey: jsonKey, json: .strings(values))
    }

    /// An on/off toggle.
    public static func toggle(_ label: String, _ on: Bool, jsonKey: String) -> Setting {
      Setting(label, markdown: on ? "on" : "off", text: on ? "on" : "off", jsonKey: jsonKey, json: .bool(on))
    }
  }

  /// A value in the `--json` document.
  public enum JSONValue: Sendable, Equatable {
    case string(String)
    case strings([String])
    case bool(Bool)
  }

  /// Makes a summary; `pins` are labelled in the blueprint's words, `settings`
  /// follow the shared W&B version and size rows.
  public init(
    blueprint: any Blueprint, answers a: Answers, pins: [PinKey: String], title: String, settings: [Setting],
    backend: Setting?, remoteStateAdvice: String, warnings: [String], notes: [String], troubleshooting: [String] = [],
    manualSteps: [String] = [], diagram: [String], filePurposes: [String: String]
  ) {
    self.blueprint = blueprint.id
    self.blueprintSummary = blueprint.summary
    self.title = title
    self.url = "https://\(a.fqdn)"
    self.secretSources = EquivalentCommand.secretSources(of: blueprint) { "`\($0)`" }
    self.pins = pins.sorted { $0.key < $1.key }.map { Pin(key: $0.key, label: blueprint.pinLabel($0.key), value: $0.value) }
    var all: [Setting] = []
    if let version = a.wandbVersion { all.append(.code("W&B Server version", version, jsonKey: "wandbVersion")) }
    if let size = a.size { all.append(.code("size preset", size, jsonKey: "size")) }
    self.settings = all + settings
    self.backend = backend
    self.deletionProtection = a.deletionProtection
    self.remoteStateAdvice = remoteStateAdvice
    self.warnings = warnings
    self.notes = notes
    self.troubleshooting = troubleshooting
    self.manualSteps = manualSteps
    self.diagram = diagram
    self.filePurposes = filePurposes
    self.setsWandbVersion = a.wandbVersion != nil
  }

  /// The warning for a W&B version that floats (`latest`), if it does.
  public static func floatingVersionWarning(_ a: Answers) -> String? {
    a.wandbVersion == "latest"
      ? "wandb_version is \"latest\": every apply may change the W&B version; pin a release for production" : nil
  }

  /// The warning for a local state file, naming the flag that adds a backend.
  public static func localStateWarning(advice: String) -> String {
    "no remote backend: the state stays in a local file, which is for trials only (\(advice))"
  }

  /// The warning for deletion protection turned off (`--environment dev`), if it is.
  public static func deletionProtectionWarning(_ a: Answers) -> String? {
    a.environment == .dev
      ? "deletion_protection is off (--environment dev): the database and bucket can be destroyed" : nil
  }

  /// `0.0.0.0/0 in NAME: W&B is reachable from the whole IPv4 internet`, when `cidrs` hold it.
  public static func wholeInternetWarning(_ cidrs: [String], variable: String, ipv6: Bool = false) -> String? {
    let open = cidrs.contains { (ipv6 ? CIDR(ipv6: $0) : CIDR(ipv4: $0))?.isWholeInternet == true }
    guard open else { return nil }
    return ipv6
      ? "::/0 in \(variable): W&B is reachable from the whole IPv6 internet"
      : "0.0.0.0/0 in \(variable): W&B is reachable from the whole IPv4 internet"
  }
}
