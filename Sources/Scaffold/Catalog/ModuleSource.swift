/// A public Terraform Registry module address such as `wandb/wandb/aws`.
///
/// Accepted forms, case-insensitive and with surrounding whitespace ignored:
/// `namespace/name/provider`, the same prefixed with `registry.terraform.io/` or
/// OpenTofu's `registry.opentofu.org/` (which serves the same public modules), and
/// either followed by `//subdirectory` for a submodule. Other hosts, git URLs and
/// local paths are not registry addresses of the public registry and are rejected.
public struct ModuleSource: Sendable, Hashable, CustomStringConvertible {
  /// The public registry's hostname, which may prefix an address.
  public static let publicRegistryHost = "registry.terraform.io"
  /// The hostnames that may prefix an address: Terraform's registry and OpenTofu's.
  public static let publicRegistryHosts: Set<Substring> = ["registry.terraform.io", "registry.opentofu.org"]

  /// The namespace (lowercased), such as `wandb`.
  public let namespace: String
  /// The module name (lowercased), such as `wandb`.
  public let name: String
  /// The target system (lowercased), such as `aws` or `kubernetes`.
  public let provider: String
  /// The submodule path after `//`, as written, or `nil` for the root module.
  public let subdirectory: String?

  /// Parses a `source` argument; returns `nil` if it is not a public registry address.
  public init?(_ text: String) {
    var rest = VersionConstraint.trimmed(text)
    var subdirectory: String?
    if let range = rest.firstRange(of: "//") {
      let sub = String(rest[range.upperBound...])
      guard !sub.isEmpty, !sub.hasPrefix("/") else { return nil }
      subdirectory = sub
      rest = String(rest[..<range.lowerBound])
    }
    var parts = rest.lowercased().split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 4, Self.publicRegistryHosts.contains(parts[0]) {
      parts.removeFirst()
    }
    guard parts.count == 3, parts.allSatisfy(Self.isValidPart) else { return nil }
    namespace = String(parts[0])
    name = String(parts[1])
    provider = String(parts[2])
    self.subdirectory = subdirectory
  }

  /// The catalogue key: `namespace/name/provider`, lowercased, without host or submodule.
  public var registryAddress: String { "\(namespace)/\(name)/\(provider)" }

  /// The normalised address, with `//subdirectory` when there is one.
  public var description: String {
    subdirectory.map { "\(registryAddress)//\($0)" } ?? registryAddress
  }

  private static func isValidPart(_ part: Substring) -> Bool {
    guard let first = part.utf8.first, let last = part.utf8.last else { return false }
    let alphanumeric: (UInt8) -> Bool = { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 122) }
    guard alphanumeric(first), alphanumeric(last) else { return false }
    return part.utf8.allSatisfy { alphanumeric($0) || $0 == 45 || $0 == 95 }
  }
}
