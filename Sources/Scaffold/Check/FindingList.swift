import HCL

/// Collects findings while the checks run, turning token indices into positions.
public struct FindingList: Sendable {
  /// The findings so far, in the order they were added.
  public private(set) var findings: [Finding] = []

  /// Makes an empty list.
  public init() {}

  /// Adds a finding at a token of `file` (the whole file when `token` is nil);
  /// give `subject` when other findings of the rule can share the token.
  public mutating func add(
    _ rule: Finding.Rule, _ severity: Severity, in file: ConfigurationFile, at token: Int?,
    _ message: String, hint: String? = nil, subject: String? = nil
  ) {
    findings.append(
      Finding(
        rule, severity, path: file.path, position: token.map { file.position(ofToken: $0) },
        offset: token.map { file.offset(ofToken: $0) }, message: message, hint: hint, subject: subject))
  }

  /// Adds a finding that is already built.
  public mutating func add(_ finding: Finding) {
    findings.append(finding)
  }
}

/// Hints shared by the value checks.
enum ValueHint {
  /// `write it as a list: ["0.0.0.0/0"]` when a single value was given where a list
  /// or set of such values is expected.
  static func wrap(_ value: Value, for type: TypeConstraint, mismatch: TypeMismatch) -> String? {
    guard mismatch.path.isEmpty else { return nil }
    switch value {
    case .string, .number, .bool: break
    default: return nil
    }
    switch type {
    case .list(let element), .set(let element):
      guard element.mismatch(for: value) == nil else { return nil }
      return "write it as a list: [\(TypeConstraint.compact(value))]"
    default:
      return nil
    }
  }
}
