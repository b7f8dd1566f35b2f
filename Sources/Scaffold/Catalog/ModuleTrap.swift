/// A known mistake with a module argument, for the releases where it is a mistake.
///
/// Examples: `create_elasticache_subnet` on the aws module (never an input; the W&B
/// docs suggest it), `create_bucket` on aws >= 7.0, or a non-empty
/// `kubernetes_map_accounts` on aws 8.x.
public struct ModuleTrap: Sendable, Hashable, Decodable {
  /// When the argument is a mistake.
  public enum Condition: String, Sendable, Hashable, Decodable {
    /// Setting the argument at all is wrong.
    case present
    /// Only a value other than an empty list, map or string is wrong.
    case nonEmpty = "non_empty"
  }

  /// The argument name as a caller would write it in the `module` block.
  public let argument: String
  /// The releases the trap applies to, or `nil` for every release.
  public let versions: VersionConstraint?
  /// When setting the argument is a mistake.
  public let condition: Condition
  /// A hint for the user, such as `not an input of any release; use create_elasticache`.
  public let message: String

  /// Creates a trap.
  public init(
    argument: String, versions: VersionConstraint?, condition: Condition = .present,
    message: String
  ) {
    self.argument = argument
    self.versions = versions
    self.condition = condition
    self.message = message
  }

  /// Whether the trap concerns `release`.
  public func applies(to release: SemanticVersion) -> Bool {
    versions?.satisfiedBy(release) ?? true
  }

  /// Whether setting the argument to a value triggers the trap.
  ///
  /// - Parameter valueIsEmpty: `true` for `[]`, `{}` or `""`, `false` for any other
  ///   literal, `nil` when the value is not known (a variable or an expression).
  ///   An unknown value only triggers a `.present` trap.
  /// - Returns: `true` if the user should be told about the trap.
  public func isTriggered(valueIsEmpty: Bool?) -> Bool {
    switch condition {
    case .present: return true
    case .nonEmpty: return valueIsEmpty == false
    }
  }

  private enum CodingKeys: String, CodingKey {
    case argument, condition, message
    case versions = "constraint"
  }

  /// Decodes `{"argument", "constraint" (string or null), "condition", "message"}`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    argument = try c.decode(String.self, forKey: .argument)
    versions = try c.decodeIfPresent(VersionConstraint.self, forKey: .versions)
    condition = try c.decodeIfPresent(Condition.self, forKey: .condition) ?? .present
    message = try c.decode(String.self, forKey: .message)
  }
}

/// The required inputs of every release in a version range.
///
/// Used for releases without a recorded ``ModuleInterface``, so that a missing
/// `eks_cluster_version` (aws >= 2.1.0) or `license` (aws >= 4.0.0) is still caught.
public struct RequiredInputsRange: Sendable, Hashable, Decodable {
  /// The releases the row covers, such as `>= 2.1.0, <= 3.4.2`.
  public let versions: VersionConstraint
  /// The variables without a default in those releases.
  public let inputs: [String]
  /// Where the row comes from (`modules.md section 3.1`, or an inference).
  public let source: String

  /// Creates a row.
  public init(versions: VersionConstraint, inputs: [String], source: String) {
    self.versions = versions
    self.inputs = inputs
    self.source = source
  }

  private enum CodingKeys: String, CodingKey {
    case inputs, source
    case versions = "constraint"
  }

  /// Decodes `{"constraint", "inputs", "source"}`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    versions = try c.decode(VersionConstraint.self, forKey: .versions)
    inputs = try c.decode([String].self, forKey: .inputs)
    source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
  }
}
