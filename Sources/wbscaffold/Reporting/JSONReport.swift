import Scaffold

/// `check --format json` (and `--json`): one document with the counts and every
/// finding, paths relative to `directory` as the checker reports them.
enum JSONReport {
  /// The document, as `JSONText` prints every command's JSON.
  static func text(_ report: CheckReport) -> String {
    struct Item: Encodable {
      var rule, severity: String
      var path: String?
      var message: String
      var line, column: Int?
      var hint: String?
      var notes: [String]?
    }
    struct Output: Encodable {
      var directory: String
      var files, errors, warnings: Int
      var findings: [Item]
    }
    let output = Output(
      directory: report.directory, files: report.files.count, errors: report.errors, warnings: report.warnings,
      findings: report.findings.map {
        Item(
          rule: $0.rule.rawValue, severity: $0.severity.rawValue, path: $0.path, message: $0.message,
          line: $0.position?.line, column: $0.position?.column, hint: $0.hint,
          notes: $0.notes.isEmpty ? nil : $0.notes.map(\.description))
      })
    return JSONText.encode(output)
  }
}
