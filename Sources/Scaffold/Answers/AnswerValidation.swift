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
  /// Longest namespace accepted: it prefixes resource names with tight AWS limits
  /// (the module truncates the ALB name to 24 characters of it; ElastiCache ids
  /// are at most 40 characters including the module's suffix).
  public static let namespaceMaximumLength = 24

  /// A lowercase, DNS-safe resource-name prefix.
  public static func namespace(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty else { throw ValidationError("the namespace must not be empty") }
    guard value.count <= namespaceMaximumLength else {
      throw ValidationError(
        "'\(value)' is \(value.count) characters; at most \(namespaceMaximumLength) are allowed because it prefixes AWS resource names")
    }
    if value.contains(where: { $0.isUppercase }) {
      let suggestion = String(value.lowercased().map { $0 == "_" || $0 == " " || $0 == "." ? "-" : $0 })
      let valid = (try? namespace(suggestion)) != nil
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

  /// A Route53 hosted zone id such as `Z0123456789ABCDEFGHIJ` (`/hostedzone/` prefix accepted).
  public static func zoneID(_ raw: String) throws(ValidationError) -> String {
    var value = raw.trimmingBlanks
    if value.hasPrefix("/hostedzone/") { value.removeFirst("/hostedzone/".count) }
    guard !value.isEmpty, value.count <= 32,
      value.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
    else {
      throw ValidationError(
        "'\(raw)' is not a Route53 hosted zone id: expected up to 32 uppercase letters and digits, like Z0123456789ABCDEFGHIJ (see `aws route53 list-hosted-zones`)")
    }
    return value
  }

  private static let regionPrefixes: Set<String> = ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx", "cn"]
  private static let regionDirections: Set<String> = [
    "north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest",
  ]

  /// An AWS region code such as `us-east-1`.
  public static func region(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    var parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    var valid = parts.count >= 3 && regionPrefixes.contains(parts[0])
    if valid && parts.count == 4 && parts[1] == "gov" { parts.remove(at: 1) }
    valid = valid && parts.count == 3 && regionDirections.contains(parts[1])
      && !parts[2].isEmpty && parts[2].allSatisfy { $0.isASCII && $0.isNumber }
    guard valid else {
      throw ValidationError("'\(raw)' is not an AWS region code like 'us-east-1' or 'eu-central-1'")
    }
    return value
  }

  /// An IPv4 CIDR block in canonical form (host bits zero), such as `10.0.0.0/8`.
  public static func ipv4CIDR(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard let cidr = CIDR(ipv4: value) else {
      throw ValidationError("'\(raw)' is not an IPv4 CIDR block like '203.0.113.0/24'")
    }
    guard cidr.isCanonical else {
      throw ValidationError("'\(raw)' has host bits set; did you mean '\(cidr.canonical)'?")
    }
    return cidr.canonical
  }

  /// An IPv4 CIDR block allowed to reach the public EKS API endpoint: canonical,
  /// and public, because that endpoint only ever sees public source addresses.
  public static func eksAPICIDR(_ raw: String) throws(ValidationError) -> String {
    let value = try ipv4CIDR(raw)
    if let range = CIDR(ipv4: value)?.nonPublicIPv4Range {
      throw ValidationError(
        "'\(raw)' lies in \(range), which the internet does not route: the public EKS API endpoint sees your runner's public (NAT or egress) address, so give that instead")
    }
    return value
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

  /// An EKS Kubernetes minor version such as `1.30`.
  public static func eksVersion(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0] == "1", parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
      let minor = Int(parts[1]), minor >= 20, minor < 100, !parts[1].hasPrefix("0")
    else {
      throw ValidationError("'\(raw)' is not an EKS Kubernetes minor version like '1.30'")
    }
    return value
  }

  /// A W&B Server image tag: `latest` or a release version like `0.58.1`.
  public static func wandbVersion(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value == "latest" { return value }
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else {
      throw ValidationError("'\(raw)' is not a W&B Server version: use 'latest' or a release like '0.58.1'")
    }
    return value
  }

  /// The aws module's size presets.
  public static let sizes = ["small", "medium", "large", "xlarge", "xxlarge"]

  /// One of `sizes`.
  public static func size(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks.lowercased()
    guard sizes.contains(value) else {
      throw ValidationError("'\(raw)' is not a size; use one of \(sizes.joined(separator: ", "))")
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
    return value
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

  /// An EC2 instance type such as `r6i.xlarge`.
  public static func instanceType(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard isInstanceType(value) else {
      throw ValidationError("'\(raw)' is not an EC2 instance type like 'r6i.xlarge'")
    }
    return value
  }

  /// An RDS instance class such as `db.r6g.large`.
  public static func databaseClass(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard value.hasPrefix("db."), isInstanceType(String(value.dropFirst(3))) else {
      throw ValidationError("'\(raw)' is not an RDS instance class like 'db.r6g.large'")
    }
    return value
  }

  private static func isInstanceType(_ value: String) -> Bool {
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } }
      && parts[0].first?.isLetter == true
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
  var trimmingBlanks: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
