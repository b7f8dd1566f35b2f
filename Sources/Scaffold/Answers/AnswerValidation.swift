/// Why an answer was refused: a message naming the value and what is expected.
public struct ValidationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The message, without the flag name (the caller adds it).
  public var message: String

  /// Makes an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}

/// Validation and normalization of every value `init` accepts, shared by flags,
/// environment variables and the wizard.
public enum AnswerValidation {
  /// A lowercase, DNS-safe resource-name prefix of at most `maximumLength`
  /// characters; `reason` says why the line limits it (its longest resource name).
  public static func namespace(_ raw: String, maximumLength: Int, reason: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty else { throw ValidationError("the namespace must not be empty") }
    guard value.count <= maximumLength else {
      throw ValidationError(
        "'\(value)' is \(value.count) characters; at most \(maximumLength) are allowed because \(reason)")
    }
    if value.contains(where: { $0.isUppercase }) {
      let suggestion = String(value.lowercased().map { $0 == "_" || $0 == " " || $0 == "." ? "-" : $0 })
      let valid = (try? namespace(suggestion, maximumLength: maximumLength, reason: reason)) != nil
      throw ValidationError("'\(value)' must be lowercase" + (valid ? " (try '\(suggestion)')" : ""))
    }
    guard let first = value.first, first.isASCII, first.isLetter else {
      throw ValidationError("'\(value)' must start with a letter")
    }
    guard value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
      throw ValidationError("'\(value)' may contain only lowercase letters, digits and '-'")
    }
    guard !value.hasSuffix("-"), !value.contains("--") else {
      throw ValidationError("'\(value)' must not end with '-' or contain '--'")
    }
    return value
  }

  /// A DNS domain name such as `example.com` (no scheme, no trailing dot).
  public static func domainName(_ raw: String) throws(ValidationError) -> String {
    var value = raw.trimmingBlanks.lowercased()
    if value.hasPrefix("http://") || value.hasPrefix("https://") {
      throw ValidationError("'\(raw)' must be a domain name, not a URL (drop the scheme)")
    }
    if value.hasSuffix(".") { value.removeLast() }
    let labels = value.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2 else {
      throw ValidationError("'\(raw)' is not a domain name: expected at least two labels, like 'example.com'")
    }
    for label in labels { try checkLabel(String(label), in: raw) }
    guard value.count <= 253 else { throw ValidationError("'\(raw)' is longer than 253 characters") }
    return value
  }

  /// An optional host label (or dotted labels) in front of the domain; empty means none.
  public static func subdomain(_ raw: String) throws(ValidationError) -> String? {
    let value = raw.trimmingBlanks.lowercased()
    if value.isEmpty { return nil }
    for label in value.split(separator: ".", omittingEmptySubsequences: false) {
      try checkLabel(String(label), in: raw)
    }
    return value
  }

  private static func checkLabel(_ label: String, in whole: String) throws(ValidationError) {
    guard !label.isEmpty else { throw ValidationError("'\(whole)' has an empty label") }
    guard label.count <= 63 else { throw ValidationError("'\(whole)': label '\(label)' is longer than 63 characters") }
    guard label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
      throw ValidationError("'\(whole)': label '\(label)' may contain only letters, digits and '-'")
    }
    guard !label.hasPrefix("-"), !label.hasSuffix("-") else {
      throw ValidationError("'\(whole)': label '\(label)' must not start or end with '-'")
    }
  }

  /// An IPv4 CIDR block in canonical form (host bits zero), such as `10.0.0.0/8`.
  public static func ipv4CIDR(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard let cidr = CIDR(ipv4: value) else {
      let halves = value.split(separator: "/", omittingEmptySubsequences: false)
      if halves.count == 2, let prefix = Int(halves[1]), prefix > 32, CIDR(ipv4: "\(halves[0])/32") != nil {
        throw ValidationError("'\(raw)' has prefix /\(prefix); an IPv4 prefix is at most /32 (a single address is '\(halves[0])/32')")
      }
      if halves.count == 1, CIDR(ipv4: "\(value)/32") != nil {
        throw ValidationError("'\(raw)' has no prefix length; a single address is '\(value)/32'")
      }
      throw ValidationError("'\(raw)' is not an IPv4 CIDR block like '203.0.113.0/24'")
    }
    guard cidr.isCanonical else {
      throw ValidationError("'\(raw)' has host bits set; did you mean '\(cidr.canonical)'?")
    }
    return cidr.canonical
  }

  /// An IPv6 CIDR block in canonical form, such as `2001:db8::/32`.
  public static func ipv6CIDR(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard let cidr = CIDR(ipv6: value) else {
      throw ValidationError("'\(raw)' is not an IPv6 CIDR block like '2001:db8::/32' or '::/0'")
    }
    guard cidr.isCanonical else {
      throw ValidationError("'\(raw)' has host bits set; did you mean '\(cidr.canonical)'?")
    }
    return cidr.canonical
  }

  /// A W&B Server image tag: `latest` or a release version like `0.58.1`.
  public static func wandbVersion(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value == "latest" { return value }
    if value.hasPrefix("v"), (try? wandbVersion(String(value.dropFirst()))) != nil {
      throw ValidationError("'\(raw)' is not a W&B Server version: write it without the 'v', as '\(value.dropFirst())'")
    }
    guard SemanticVersion.numbers(value, count: 3) != nil else {
      throw ValidationError("'\(raw)' is not a W&B Server version: use 'latest' or a release like '0.58.1'")
    }
    return value
  }

  /// The size preset keys every W&B module line shares (`size` input).
  public static let sizes = ["small", "medium", "large", "xlarge", "xxlarge"]

  /// One of `sizes`.
  public static func size(_ raw: String) throws(ValidationError) -> String {
    try choice(raw, sizes, what: "a size")
  }

  /// One of `values` (letter case ignored), with a suggestion for a near miss.
  public static func choice(_ raw: String, _ values: [String], what: String? = nil)
    throws(ValidationError) -> String
  {
    let value = raw.trimmingBlanks.lowercased()
    guard values.contains(value) else {
      let near = NameSuggestion.closest(to: value, in: values).map { " (did you mean '\($0)'?)" } ?? ""
      let list = values.joined(separator: ", ")
      throw ValidationError(
        (what.map { "'\(raw)' is not \($0); use one of \(list)" } ?? "'\(raw)' is not one of \(list)") + near)
    }
    return value
  }

  /// A W&B license key: one non-empty token without blanks or quotes. Never echoed.
  public static func license(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty else { throw ValidationError("the license is empty") }
    guard !value.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "\\" }) else {
      throw ValidationError("the license must be a single token without spaces, quotes or backslashes")
    }
    if isPlaceholderLicense(value) {
      throw ValidationError(
        "the license looks like a placeholder (\(value.count) characters); use the license key from the W&B Deploy Manager")
    }
    return value
  }

  /// Whether `value` is plainly not a license: a few characters, only dots or
  /// x's, or a word such as `changeme`. Real W&B licenses are long signed tokens.
  public static func isPlaceholderLicense(_ value: String) -> Bool {
    let lower = value.lowercased()
    if value.count < 16 { return true }
    if lower.allSatisfy({ $0 == "." || $0 == "x" || $0 == "*" || $0 == "-" || $0 == "_" || $0 == "<" || $0 == ">" }) { return true }
    return ["changeme", "placeholder", "your-license", "your_license", "license-here", "insert-license"].contains { lower.contains($0) }
  }

  /// A Terraform version constraint such as `~> 2.0` or `>= 1.9, < 2.0`.
  public static func constraint(_ raw: String, dialect: VersionConstraint.Dialect = .module)
    throws(ValidationError) -> String
  {
    do {
      return try VersionConstraint(raw.trimmingBlanks, dialect: dialect).description
    } catch {
      throw ValidationError(error.description)
    }
  }

  /// `yes`/`no` and their usual spellings.
  public static func bool(_ raw: String) throws(ValidationError) -> Bool {
    switch raw.trimmingBlanks.lowercased() {
    case "y", "yes", "true", "on", "1": return true
    case "n", "no", "false", "off", "0": return false
    default: throw ValidationError("'\(raw)' is not yes or no")
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  public var trimmingBlanks: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
