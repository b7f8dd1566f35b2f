/// A Terraform version constraint such as `~> 2.0` or `>= 1.9, < 2.0`.
///
/// The text is a comma-separated list of clauses that must all hold. Each clause is
/// an operator (`=`, `!=`, `>`, `>=`, `<`, `<=`, `~>`, or none, meaning `=`) and a
/// version of one to three components; whitespace around operators, versions and
/// commas is ignored (`~>2.0`, `~> 2.0` and ` >=1.9 ,<2.0 ` all parse).
///
/// Semantics follow what Terraform itself does, which the documentation at
/// developer.hashicorp.com/terraform/language/expressions/version-constraints only
/// states as "`~>` allows only the rightmost version component to increment":
///
/// - `~> 1.2.0` is `>= 1.2.0, < 1.3.0`; `~> 1.2` is `>= 1.2.0, < 2.0.0`.
/// - `~> 1` (one component) depends on where the constraint is written. Module
///   `version` arguments and `required_version` are checked by hashicorp/go-version,
///   whose `constraintPessimistic` pins only the components *before* the last one
///   written, so `~> 1` pins nothing and means `>= 1.0.0` with no upper bound
///   (Terraform's `internal/initwd/module_install.go` calls
///   `req.VersionConstraint.Required.Check(v)`). Provider requirements are parsed by
///   apparentlymart/go-versions (`internal/getproviders` calls
///   `constraints.ParseRubyStyleMulti`), which treats a `~>` with fewer than three
///   numbers as "minor only", so there `~> 1` means `>= 1.0.0, < 2.0.0`.
///   ``Dialect`` selects between the two; `.module` is the default.
/// - A prerelease (`1.0.0-beta1`) is only selected when a `=` clause names exactly
///   that version; no range, `!=` or `~>` clause ever admits one (the module
///   installer's "prerelease versions must be exactly requested" rule and go-versions'
///   `RequestedByConstraints`).
/// - Build metadata is ignored when matching.
public struct VersionConstraint: Sendable, Hashable {
  /// Which Terraform component reads the constraint; it only changes `~> N`.
  public enum Dialect: Sendable, Hashable {
    /// Module `version` arguments and `required_version` (hashicorp/go-version).
    case module
    /// `required_providers` version strings (apparentlymart/go-versions).
    case provider
  }

  /// The clauses, in the order written; all must hold.
  public let clauses: [Clause]
  /// How `~>` with a single component is read.
  public let dialect: Dialect

  /// Parses a constraint string.
  ///
  /// - Parameters:
  ///   - text: the constraint, such as `">= 1.9, < 2.0"`.
  ///   - dialect: `.module` (default) or `.provider`; see ``Dialect``.
  /// - Throws: ``VersionConstraintError`` naming the offending clause.
  public init(_ text: String, dialect: Dialect = .module) throws(VersionConstraintError) {
    let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
    if pieces.count == 1 && text.allSatisfy(\.isWhitespace) {
      throw VersionConstraintError(constraint: text, clause: nil, reason: "it is empty")
    }
    var clauses: [Clause] = []
    for (index, piece) in pieces.enumerated() {
      let trimmed = Self.trimmed(piece)
      guard !trimmed.isEmpty else {
        throw VersionConstraintError(
          constraint: text, clause: nil,
          reason: "clause \(index + 1) is empty (a stray comma?)")
      }
      do {
        clauses.append(try Clause(parsing: trimmed, dialect: dialect))
      } catch let reason {
        throw VersionConstraintError(constraint: text, clause: trimmed, reason: reason.text)
      }
    }
    self.clauses = clauses
    self.dialect = dialect
  }

  /// Creates a constraint from clauses that are already built.
  public init(clauses: [Clause], dialect: Dialect = .module) {
    self.clauses = clauses
    self.dialect = dialect
  }

  /// A constraint that admits exactly `version` (rendered as a bare version).
  public static func exactly(_ version: SemanticVersion) -> VersionConstraint {
    VersionConstraint(clauses: [Clause(.equal, version)])
  }

  /// The single version this constraint pins with one `=` clause, if it does.
  public var exactVersion: SemanticVersion? {
    guard clauses.count == 1, clauses[0].operator == .equal else { return nil }
    return clauses[0].version
  }

  /// Whether `version` meets every clause, with Terraform's prerelease rule.
  ///
  /// A prerelease satisfies the constraint only if some `=` clause names it
  /// exactly and every other clause also holds.
  public func satisfiedBy(_ version: SemanticVersion) -> Bool {
    if version.isPrerelease {
      let named = clauses.contains { $0.operator == .equal && $0.version == version }
      guard named else { return false }
    }
    return clauses.allSatisfy { $0.admits(version, dialect: dialect) }
  }

  /// The highest of `releases` that satisfies the constraint, or `nil` if none does.
  ///
  /// This is the version `terraform init` would install from a registry listing
  /// `releases`.
  public func resolve(in releases: some Sequence<SemanticVersion>) -> SemanticVersion? {
    releases.filter(satisfiedBy).max()
  }
}

extension VersionConstraint: CustomStringConvertible {
  /// Canonical text: clauses joined by `", "`, one space after each operator, an
  /// exact clause as the bare version, and versions written with the same number
  /// of components as parsed (so `~> 1.2` stays `~> 1.2`).
  public var description: String {
    clauses.map(\.description).joined(separator: ", ")
  }
}

extension VersionConstraint: Codable {
  /// Decodes a constraint from a JSON string, read with the `.module` dialect.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try VersionConstraint(text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Encodes the canonical text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// Why a version-constraint string could not be parsed.
public struct VersionConstraintError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The whole constraint string as given.
  public let constraint: String
  /// The offending clause (trimmed), or `nil` when the problem is not in one clause.
  public let clause: String?
  /// What is wrong, such as `unknown operator "=>"; did you mean ">="?`.
  public let reason: String

  /// Creates an error value.
  public init(constraint: String, clause: String?, reason: String) {
    self.constraint = constraint
    self.clause = clause
    self.reason = reason
  }

  /// A one-line message naming the constraint and the offending clause.
  public var description: String {
    let head = "invalid version constraint \"\(constraint)\""
    guard let clause, clause != VersionConstraint.trimmed(constraint) else {
      return "\(head): \(reason)"
    }
    return "\(head): in clause \"\(clause)\": \(reason)"
  }
}

extension VersionConstraint {
  /// `text` without leading and trailing whitespace (no Foundation needed).
  static func trimmed(_ text: some StringProtocol) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }
}
