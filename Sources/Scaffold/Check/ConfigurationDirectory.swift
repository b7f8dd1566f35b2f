import HCL

/// The files of one Terraform root module, parsed once with the HCL engine.
///
/// The caller reads the bytes (Scaffold does no file I/O) and hands over every
/// file of the directory; this type keeps the ones Terraform reads, as
/// Terraform chooses them:
/// - `*.tf` and OpenTofu's `*.tofu` are configuration (`override.tf`,
///   `*_override.tf` and their `.tofu` forms are overrides); a `.tofu` file hides
///   the `.tf` file of the same name, as OpenTofu loads only the `.tofu` one;
/// - `terraform.tfvars` and `*.auto.tfvars` are variable values, loaded in that
///   order (auto files sorted by name); other `*.tfvars` (role `optionalValues`)
///   count only when passed as `variableFiles` (what `-var-file` does), which
///   load last, in order;
/// - `*.tf.json`, `*.tofu.json` and `*.tfvars.json` are listed as unsupported (JSON syntax);
/// - hidden files, editor backups (`x~`, `#x#`) and everything else are ignored.
public struct ConfigurationDirectory: Sendable {
  /// What a file is to Terraform.
  public enum Role: Sendable, Hashable {
    /// A `*.tf` or `*.tofu` file.
    case configuration
    /// `override.tf`, `*_override.tf` (or `.tofu`): merged over the other configuration files.
    case override
    /// `terraform.tfvars`, `*.auto.tfvars`, or a file passed as a variable file.
    case variableValues
    /// Another `*.tfvars` file: Terraform reads it only when `-var-file` names it.
    case optionalValues
    /// A JSON-syntax file Terraform reads but this checker cannot.
    case json
  }

  /// `*.tf` files sorted by path, override files last.
  public let configurationFiles: [ConfigurationFile]
  /// Variable-value files in load order: later ones override earlier ones.
  public let valueFiles: [ConfigurationFile]
  /// Paths of JSON-syntax files that were not checked, sorted.
  public let unsupportedFiles: [String]
  /// The module releases `terraform init` installed here, if it ran.
  public var installedModules = InstalledModules()

  /// Parses the files of a directory.
  ///
  /// - Parameters:
  ///   - files: every file of the directory, as paths relative to it and their bytes;
  ///     files Terraform does not read are ignored.
  ///   - variableFiles: extra variable files given explicitly (any name), loaded last.
  public init(files: [(path: String, bytes: [UInt8])], variableFiles: [(path: String, bytes: [UInt8])] = []) {
    var configuration: [(String, [UInt8])] = []
    var overrides: [(String, [UInt8])] = []
    var primaryValues: [(String, [UInt8])] = []
    var autoValues: [(String, [UInt8])] = []
    var json: [String] = []
    let hidden = Self.hiddenByOpenTofu(files.map(\.path))
    for (path, bytes) in files where !hidden.contains(path) {
      switch Self.role(ofFileAt: path) {
      case .configuration: configuration.append((path, bytes))
      case .override: overrides.append((path, bytes))
      case .variableValues:
        if Self.fileName(path) == "terraform.tfvars" {
          primaryValues.append((path, bytes))
        } else {
          autoValues.append((path, bytes))
        }
      case .json: json.append(path)
      case .optionalValues, nil: break
      }
    }
    let byPath: ((String, [UInt8]), (String, [UInt8])) -> Bool = { $0.0 < $1.0 }
    configurationFiles =
      configuration.sorted(by: byPath).map { ConfigurationFile(path: $0.0, role: .configuration, bytes: $0.1) }
      + overrides.sorted(by: byPath).map { ConfigurationFile(path: $0.0, role: .override, bytes: $0.1) }
    let values =
      primaryValues.sorted(by: byPath) + autoValues.sorted(by: byPath) + variableFiles.map { ($0.path, $0.bytes) }
    valueFiles = values.map { ConfigurationFile(path: $0.0, role: .variableValues, bytes: $0.1) }
    unsupportedFiles = json.sorted()
  }

  /// Parses UTF-8 texts keyed by relative path (convenient for tests and `init`).
  public init(texts: [String: String], variableFiles: [(path: String, text: String)] = []) {
    self.init(
      files: texts.map { (path: $0.key, bytes: Array($0.value.utf8)) },
      variableFiles: variableFiles.map { (path: $0.path, bytes: Array($0.text.utf8)) })
  }

  /// What Terraform makes of a file in the directory, from its name; `nil` if it ignores it.
  public static func role(ofFileAt path: String) -> Role? {
    let name = fileName(path)
    if name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#")) {
      return nil
    }
    if name.hasSuffix(".tf.json") || name.hasSuffix(".tofu.json") || name == "terraform.tfvars.json"
      || name.hasSuffix(".auto.tfvars.json")
    {
      return .json
    }
    for suffix in [".tf", ".tofu"] where name.hasSuffix(suffix) {
      let stem = name.dropLast(suffix.count)
      return stem == "override" || stem.hasSuffix("_override") ? .override : .configuration
    }
    if name == "terraform.tfvars" || name.hasSuffix(".auto.tfvars") { return .variableValues }
    return name.hasSuffix(".tfvars") ? .optionalValues : nil
  }

  /// Whether Terraform (or OpenTofu) reads `path` as HCL configuration: a `.tf` or
  /// `.tofu` file, an override file included, and not one a `.tofu` twin hides.
  public static func isConfiguration(_ path: String, among paths: [String]) -> Bool {
    [.configuration, .override].contains(role(ofFileAt: path)) && !hiddenByOpenTofu(paths).contains(path)
  }

  /// The paths OpenTofu ignores because a `.tofu` (or `.tofu.json`) file of the
  /// same name sits beside them: `main.tf` when `main.tofu` exists.
  public static func hiddenByOpenTofu(_ paths: [String]) -> Set<String> {
    let all = Set(paths)
    var hidden: Set<String> = []
    for path in paths {
      for (tofu, tf) in [(".tofu", ".tf"), (".tofu.json", ".tf.json")] where path.hasSuffix(tofu) {
        let twin = String(path.dropLast(tofu.count)) + tf
        if all.contains(twin) { hidden.insert(twin) }
      }
    }
    return hidden
  }

  /// Every parsed file: configuration files, then value files.
  public var allFiles: [ConfigurationFile] { configurationFiles + valueFiles }

  private static func fileName(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
  }
}

/// One parsed file of a ``ConfigurationDirectory``.
public struct ConfigurationFile: Sendable {
  /// The path relative to the directory, as given.
  public let path: String
  /// What the file is to Terraform.
  public let role: ConfigurationDirectory.Role
  /// The syntax tree (with any syntax error in `tree.diagnostics`).
  public let tree: SyntaxTree
  private let lines: LineTable

  /// Parses `bytes`.
  public init(path: String, role: ConfigurationDirectory.Role, bytes: [UInt8]) {
    self.path = path
    self.role = role
    self.tree = SyntaxTree(bytes)
    self.lines = LineTable(bytes)
  }

  /// The 1-based line and column of a token (computed from a line table built once).
  public func position(ofToken token: Int) -> SourcePosition {
    lines.position(of: offset(ofToken: token))
  }

  /// The byte offset where token `token` starts (clamped to the file's tokens).
  public func offset(ofToken token: Int) -> Int {
    let tokens = tree.tokens
    guard !tokens.isEmpty else { return 0 }
    return Int(tokens[min(max(token, 0), tokens.count - 1)].start)
  }
}
