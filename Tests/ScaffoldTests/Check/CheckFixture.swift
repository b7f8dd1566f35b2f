import HCL
import Testing

@testable import Scaffold

/// Runs the configuration checker on small in-memory directories.
enum CheckFixture {
  /// The shipped module catalogue, loaded once.
  static let catalog: Result<ModuleCatalog, any Error> = Result { try CatalogFixture.catalog() }

  /// The findings for `files` (relative path to text).
  static func check(
    _ files: [String: String], environment: [String: String] = [:],
    variableFiles: [(path: String, text: String)] = []
  ) throws -> [Finding] {
    let directory = ConfigurationDirectory(texts: files, variableFiles: variableFiles)
    return ConfigurationChecker.check(directory, catalog: try catalog.get(), environment: environment)
  }

  /// `path:line:col rule` for each finding: compact enough to compare whole lists,
  /// so a test also proves nothing else was reported.
  static func locations(_ findings: [Finding]) -> [String] {
    findings.map { finding in
      let position = finding.position.map { ":\($0.line):\($0.column)" } ?? ""
      return "\(finding.path ?? "")\(position) \(finding.rule.rawValue)"
    }
  }

  /// A `variables.tf` declaring `names` as strings with defaults (all used by `main.tf` below).
  static func declarations(_ names: [String]) -> String {
    names.map { "variable \"\($0)\" {\n  type    = string\n  default = \"\"\n}\n" }.joined(separator: "\n")
  }

  /// A `main.tf` with one output that uses every variable in `names`.
  static func uses(_ names: [String]) -> String {
    "output \"all\" {\n  value = [" + names.map { "var.\($0)" }.joined(separator: ", ") + "]\n}\n"
  }
}
