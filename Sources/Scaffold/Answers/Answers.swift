/// Every validated value a blueprint renders from, keyed by question id.
///
/// Built from flags, environment variables, an existing directory or the wizard;
/// each value already passed its question's validator. The shared core
/// (namespace, domain, subdomain, license, allowed CIDRs, sizing) has typed
/// accessors here; a blueprint adds accessors for its own questions in its folder.
public struct Answers: Sendable, Equatable {
  /// The blueprint id, such as `gcp-v10`.
  public var blueprint: String
  /// Validated values by question id; a list question may hold several, an
  /// optional question left empty holds none.
  public var values: [String: [String]]
  /// Version pins, keyed by `PinKey`; missing keys take the blueprint's defaults.
  public var pins: [PinKey: String]
  /// The node and database sizes the blueprint chose from the workload, if any.
  public var sizing: Sizing?

  /// Makes answers.
  public init(blueprint: String, values: [String: [String]], pins: [PinKey: String] = [:]) {
    self.blueprint = blueprint
    self.values = values
    self.pins = pins
  }

  /// The single value of question `id`, if it has one.
  public func string(_ id: String) -> String? { values[id]?.last }
  /// The values of list question `id` (empty when none).
  public func strings(_ id: String) -> [String] { values[id] ?? [] }
  /// Whether toggle `id` is on.
  public func isOn(_ id: String) -> Bool { values[id]?.last == "true" }
  /// Sets question `id` to one value (nil clears it).
  public mutating func set(_ id: String, _ value: String?) { values[id] = value.map { [$0] } }

  /// Prefix of every resource name.
  public var namespace: String { string(CoreQuestions.namespace) ?? "" }
  /// The domain, such as `example.com`.
  public var domainName: String { string(CoreQuestions.domainName) ?? "" }
  /// The host label in front of the domain, if any.
  public var subdomain: String? { string(CoreQuestions.subdomain).flatMap { $0.isEmpty ? nil : $0 } }
  /// The W&B license key. Secret: never printed.
  public var license: String { string(CoreQuestions.license) ?? "" }
  /// IPv4 blocks allowed to reach W&B.
  public var allowedCIDRs: [String] { strings(CoreQuestions.allowedCIDR) }
  /// The deployment size preset, when the line has one.
  public var size: String? { string(CoreQuestions.size) }
  /// The W&B Server version, on lines that set one.
  public var wandbVersion: String? { string(CoreQuestions.wandbVersion) }
  /// The workload the reference architecture sizes for, if chosen.
  public var workload: Workload? { string(CoreQuestions.workload).flatMap(Workload.init(rawValue:)) }
  /// The environment class (dev or prod), if chosen.
  public var environment: Environment? { string(CoreQuestions.environment).flatMap(Environment.init(rawValue:)) }
  /// Whether deletion protection stays on (off only for `--environment dev`).
  public var deletionProtection: Bool { environment != .dev }

  /// The full host name W&B is served on.
  public var fqdn: String { subdomain.map { "\($0).\(domainName)" } ?? domainName }
}

/// A version pin a blueprint writes.
public enum PinKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// `version` of the main module call.
  case module
  /// `version` of a second module call (the app module of a pre-operator line).
  case appModule
  /// `required_version` of Terraform.
  case terraform
  /// A provider constraint in `required_providers`, by local name.
  case provider(String)

  /// The command-line flag that sets it, given the names of the line's modules.
  public func flag(appModuleName: String = "app") -> String {
    switch self {
    case .module: return "--module-version"
    case .appModule: return "--\(appModuleName)-module-version"
    case .terraform: return "--terraform-version"
    case .provider(let name): return "--\(name)-provider-version"
    }
  }

  /// A short description for help and summaries.
  public var description: String {
    switch self {
    case .module: return "module"
    case .appModule: return "app module"
    case .terraform: return "Terraform"
    case .provider(let name): return "\(name) provider"
    }
  }

  /// Whether the constraint is read with provider semantics.
  public var dialect: VersionConstraint.Dialect {
    if case .provider = self { return .provider }
    return .module
  }
}
