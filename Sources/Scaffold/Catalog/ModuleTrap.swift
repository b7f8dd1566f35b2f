/// A known mistake with a module argument, for the releases where it is a mistake.
///
/// Examples: `create_elasticache_subnet` on the aws module (never an input; the W&B
/// docs suggest it), `create_bucket` on aws >= 7.0, or a non-empty
/// `kubernetes_map_accounts` on aws 8.x.
public struct ModuleTrap: Sendable, Hashable {
  /// When the argument is a mistake.
  public enum Condition: String, Sendable, Hashable {
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

  /// Reads `{"argument", "constraint" (string or null), "condition", "message"}`.
  init(json node: CatalogJSON.Node) throws(CatalogJSON.Failure) {
    argument = try node.required("argument").string()
    versions = try node.optional("constraint")?.constraint()
    if let text = try node.optional("condition") {
      guard let condition = Condition(rawValue: try text.string()) else {
        throw text.failure("unknown condition \"\(try text.string())\"")
      }
      self.condition = condition
    } else {
      condition = .present
    }
    message = try node.required("message").string()
  }
}

/// The required inputs of every release in a version range.
///
/// Used for releases without a recorded ``ModuleInterface``, so that a missing
/// `eks_cluster_version` (aws >= 2.1.0) or `license` (aws >= 4.0.0) is still caught.
public struct RequiredInputsRange: Sendable, Hashable {
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

  /// Reads `{"constraint", "inputs", "source"}`.
  init(json node: CatalogJSON.Node) throws(CatalogJSON.Failure) {
    versions = try node.required("constraint").constraint()
    inputs = try node.required("inputs").strings()
    source = try node.optional("source")?.string() ?? ""
  }
}
