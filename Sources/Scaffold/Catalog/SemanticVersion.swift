/// A release number such as `2.8.0`, `v1.14.1` or `7.9.0-cw0+build.5`.
///
/// Parsing accepts one to three numeric components (`1`, `1.2`, `1.2.3`; missing
/// components are zero), an optional leading `v` as used by git tags, a
/// prerelease after `-` and build metadata after `+`, both made of dot-separated
/// identifiers of ASCII letters, digits and hyphens.
///
/// Ordering follows SemVer 2.0.0 §11: numeric components first, then a version
/// with a prerelease sorts before the same version without one, and prerelease
/// identifiers compare one by one (numeric identifiers numerically and below
/// alphanumeric ones, a shorter list first when all shared identifiers are equal).
/// Build metadata is kept for display but ignored by `==`, `<` and hashing
/// (SemVer §10), so `1.0.0+a == 1.0.0+b`.
public struct SemanticVersion: Sendable, Hashable, Comparable {
  /// The major version number.
  public let major: Int
  /// The minor version number (zero when not written).
  public let minor: Int
  /// The patch version number (zero when not written).
  public let patch: Int
  /// Prerelease identifiers, such as `["beta1"]` for `1.0.0-beta1`; empty for a release.
  public let prerelease: [String]
  /// Build-metadata identifiers, such as `["build", "5"]` for `1.0.0+build.5`.
  public let buildMetadata: [String]

  /// Creates a version from its parts; negative numbers are clamped to zero.
  public init(
    _ major: Int, _ minor: Int = 0, _ patch: Int = 0,
    prerelease: [String] = [], buildMetadata: [String] = []
  ) {
    self.major = max(0, major)
    self.minor = max(0, minor)
    self.patch = max(0, patch)
    self.prerelease = prerelease
    self.buildMetadata = buildMetadata
  }

  /// Parses `text`, such as `"2.8.0"`, `"v1.2"`, `"1"` or `"1.0.0-beta1+exp.sha"`.
  ///
  /// - Throws: ``SemanticVersion/ParseError`` naming what is wrong.
  public init(parsing text: String) throws(ParseError) {
    self = try Self.parse(text, allowPrefix: true).version
  }

  /// Whether this version has a prerelease part (`1.0.0-rc1`).
  public var isPrerelease: Bool { !prerelease.isEmpty }

  /// The same version without prerelease or build metadata.
  public var release: SemanticVersion { SemanticVersion(major, minor, patch) }

  /// Why a string is not a version number.
  public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text that failed to parse.
    public let text: String
    /// What is wrong with it, such as `component "x" is not a number`.
    public let reason: String

    /// A one-line message such as `"1.x" is not a version number: component "x" is not a number`.
    public var description: String { "\"\(text)\" is not a version number: \(reason)" }
  }

  // MARK: - Comparison

  /// Whether two versions have the same precedence (build metadata is ignored).
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.major == rhs.major && lhs.minor == rhs.minor && lhs.patch == rhs.patch
      && lhs.prerelease == rhs.prerelease
  }

  /// Hashes the parts that `==` compares (not the build metadata).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(major)
    hasher.combine(minor)
    hasher.combine(patch)
    hasher.combine(prerelease)
  }

  /// Whether `lhs` has lower precedence than `rhs` (SemVer 2.0.0 §11).
  public static func < (lhs: Self, rhs: Self) -> Bool {
    if lhs.major != rhs.major { return lhs.major < rhs.major }
    if lhs.minor != rhs.minor { return lhs.minor < rhs.minor }
    if lhs.patch != rhs.patch { return lhs.patch < rhs.patch }
    switch (lhs.prerelease.isEmpty, rhs.prerelease.isEmpty) {
    case (true, true), (true, false): return false
    case (false, true): return true
    case (false, false): break
    }
    for (left, right) in zip(lhs.prerelease, rhs.prerelease) where left != right {
      return Self.identifier(left, precedes: right)
    }
    return lhs.prerelease.count < rhs.prerelease.count
  }

  private static func identifier(_ left: String, precedes right: String) -> Bool {
    switch (isNumeric(left), isNumeric(right)) {
    case (true, true):
      // Compare by magnitude without overflow: strip leading zeros, then length, then digits.
      let l = left.drop { $0 == "0" }
      let r = right.drop { $0 == "0" }
      return l.count != r.count ? l.count < r.count : l < r
    case (true, false): return true
    case (false, true): return false
    case (false, false): return left < right  // ASCII order, as SemVer requires
    }
  }

  private static func isNumeric(_ identifier: String) -> Bool {
    !identifier.isEmpty && identifier.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }

  // MARK: - Parsing

  /// Parses a version and reports how many numeric components were written (1 to 3).
  static func parse(
    _ text: String, allowPrefix: Bool
  ) throws(ParseError) -> (version: SemanticVersion, components: Int) {
    func fail(_ reason: String) -> ParseError { ParseError(text: text, reason: reason) }
    var rest = Substring(text)
    if rest.isEmpty { throw fail("it is empty") }
    if rest.first == "v" {
      guard allowPrefix else { throw fail("a \"v\" prefix is not allowed here") }
      rest = rest.dropFirst()
    }
    var build: [String] = []
    if let plus = rest.firstIndex(of: "+") {
      build = try identifiers(rest[rest.index(after: plus)...], part: "build metadata", fail)
      rest = rest[..<plus]
    }
    var pre: [String] = []
    if let dash = rest.firstIndex(of: "-") {
      pre = try identifiers(rest[rest.index(after: dash)...], part: "prerelease", fail)
      rest = rest[..<dash]
    }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 3 else {
      throw fail("too many components (at most major.minor.patch)")
    }
    var numbers: [Int] = []
    for part in parts {
      guard !part.isEmpty else { throw fail("a numeric component is empty") }
      guard part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
        throw fail("component \"\(part)\" is not a number")
      }
      guard part.count <= 18, let number = Int(part) else {
        throw fail("component \"\(part)\" is too large")
      }
      numbers.append(number)
    }
    while numbers.count < 3 { numbers.append(0) }
    let version = SemanticVersion(
      numbers[0], numbers[1], numbers[2], prerelease: pre, buildMetadata: build)
    return (version, parts.count)
  }

  private static func identifiers(
    _ text: Substring, part: String, _ fail: (String) -> ParseError
  ) throws(ParseError) -> [String] {
    let items = text.split(separator: ".", omittingEmptySubsequences: false)
    for item in items {
      guard !item.isEmpty else { throw fail("the \(part) has an empty identifier") }
      let valid = item.utf8.allSatisfy { byte in
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
          || byte == 45
      }
      guard valid else {
        throw fail("the \(part) identifier \"\(item)\" may only use letters, digits and \"-\"")
      }
    }
    return items.map(String.init)
  }

  /// Renders the first `components` numeric parts plus prerelease and build metadata.
  func rendered(components: Int) -> String {
    let numbers = [major, minor, patch].prefix(max(1, min(3, components)))
    var text = numbers.map(String.init).joined(separator: ".")
    if !prerelease.isEmpty { text += "-" + prerelease.joined(separator: ".") }
    if !buildMetadata.isEmpty { text += "+" + buildMetadata.joined(separator: ".") }
    return text
  }
}

extension SemanticVersion: CustomStringConvertible, LosslessStringConvertible {
  /// The canonical text, `major.minor.patch[-prerelease][+build]`, without a `v`.
  public var description: String { rendered(components: 3) }

  /// Parses `description`, returning `nil` when it is not a version number.
  public init?(_ description: String) {
    guard let version = try? SemanticVersion(parsing: description) else { return nil }
    self = version
  }
}

extension SemanticVersion: Codable {
  /// Decodes a version from a JSON string such as `"2.8.0"`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try SemanticVersion(parsing: text)
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

extension SemanticVersion {
  /// The numbers of `text` when it is exactly `count` dot-separated runs of ASCII
  /// digits (`0.58.1` for 3, `1.31` for 2), as a W&B image tag or a Kubernetes minor
  /// is written; nil for anything else (a `v`, a prerelease, an empty part).
  public static func numbers(_ text: some StringProtocol, count: Int) -> [Int]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == count, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else {
      return nil
    }
    let numbers = parts.compactMap { Int($0) }
    return numbers.count == count ? numbers : nil
  }
}
