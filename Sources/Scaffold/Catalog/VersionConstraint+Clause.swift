extension VersionConstraint {
  /// A comparison operator of a constraint clause.
  public enum Operator: String, Sendable, Hashable, CaseIterable {
    /// `=` or no operator: exactly this version.
    case equal = "="
    /// `!=`: any version but this one.
    case notEqual = "!="
    /// `>`: newer than this version.
    case greaterThan = ">"
    /// `>=`: this version or newer.
    case greaterThanOrEqual = ">="
    /// `<`: older than this version.
    case lessThan = "<"
    /// `<=`: this version or older.
    case lessThanOrEqual = "<="
    /// `~>`: this version or newer, letting only the rightmost written component grow.
    case pessimistic = "~>"
  }

  /// One clause of a constraint, such as `>= 1.9` or `~> 2.0`.
  public struct Clause: Sendable, Hashable, CustomStringConvertible {
    /// The comparison.
    public let `operator`: Operator
    /// The version compared against (missing components are zero).
    public let version: SemanticVersion
    /// How many numeric components were written (1 to 3); it matters for `~>`.
    public let components: Int

    /// Creates a clause; `components` is clamped to 1...3.
    public init(_ operator: Operator, _ version: SemanticVersion, components: Int = 3) {
      self.operator = `operator`
      self.version = version
      self.components = max(1, min(3, components))
    }

    /// The canonical text: `>= 1.9`, `~> 2.0`, or a bare version for `=`.
    public var description: String {
      let text = version.rendered(components: components)
      return `operator` == .equal ? text : "\(`operator`.rawValue) \(text)"
    }

    /// The exclusive upper bound a `~>` clause implies, or `nil` if it has none.
    ///
    /// `~> 1.2.3` → `1.3.0`, `~> 1.2` → `2.0.0`, `~> 1` → `nil` in the `.module`
    /// dialect and `2.0.0` in the `.provider` dialect. Other operators return `nil`.
    public func pessimisticUpperBound(dialect: Dialect) -> SemanticVersion? {
      guard `operator` == .pessimistic else { return nil }
      switch components {
      case 3: return SemanticVersion(version.major, version.minor + 1, 0)
      case 2: return SemanticVersion(version.major + 1, 0, 0)
      default: return dialect == .provider ? SemanticVersion(version.major + 1, 0, 0) : nil
      }
    }

    /// Whether `candidate` meets this clause on its own (no prerelease policy applied).
    func admits(_ candidate: SemanticVersion, dialect: Dialect) -> Bool {
      switch `operator` {
      case .equal: return candidate == version
      case .notEqual: return candidate != version
      case .greaterThan: return candidate > version
      case .greaterThanOrEqual: return candidate >= version
      case .lessThan: return candidate < version
      case .lessThanOrEqual: return candidate <= version
      case .pessimistic:
        // hashicorp/go-version: a `~>` bound with a prerelease only admits prereleases.
        if dialect == .module && version.isPrerelease && !candidate.isPrerelease {
          return false
        }
        guard candidate >= version else { return false }
        guard let upper = pessimisticUpperBound(dialect: dialect) else { return true }
        return candidate < upper
      }
    }

    /// Parses one trimmed, non-empty clause.
    init(parsing text: String, dialect: Dialect) throws(ClauseProblem) {
      let operatorCharacters: Set<Character> = ["=", "!", "<", ">", "~", "^"]
      let symbol = String(text.prefix { operatorCharacters.contains($0) })
      let op = try Self.operator(for: symbol)
      let rest = VersionConstraint.trimmed(text.dropFirst(symbol.count))
      guard !rest.isEmpty else {
        throw ClauseProblem(text: "missing version after \"\(symbol)\"")
      }
      if let space = rest.firstIndex(where: \.isWhitespace) {
        let tail = VersionConstraint.trimmed(rest[space...])
        let looksLikeClause = tail.first.map { operatorCharacters.contains($0) || $0.isNumber }
        throw ClauseProblem(
          text: looksLikeClause == true
            ? "missing comma before \"\(tail)\"; clauses are separated by commas"
            : "unexpected text \"\(tail)\" after the version")
      }
      do {
        let parsed = try SemanticVersion.parse(rest, allowPrefix: dialect == .module)
        self.init(op, parsed.version, components: parsed.components)
      } catch {
        throw ClauseProblem(text: error.description)
      }
    }

    private static func `operator`(for symbol: String) throws(ClauseProblem) -> Operator {
      if symbol.isEmpty { return .equal }
      if let op = Operator(rawValue: symbol) { return op }
      let hint: String? =
        switch symbol {
        case "==": "="
        case "=>": ">="
        case "=<": "<="
        case "~", "^", "~=", "^=": "~>"
        default: nil
        }
      guard let hint else { throw ClauseProblem(text: "unknown operator \"\(symbol)\"") }
      throw ClauseProblem(text: "unknown operator \"\(symbol)\"; did you mean \"\(hint)\"?")
    }
  }

  /// The reason one clause failed to parse; wrapped into ``VersionConstraintError``.
  struct ClauseProblem: Error {
    let text: String
  }
}
