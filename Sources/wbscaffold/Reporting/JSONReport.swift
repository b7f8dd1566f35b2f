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
      /// The reason of the `# wbscaffold:ignore` comment that silences it.
      var ignoredBecause: String?
    }
    struct Output: Encodable {
      var directory: String
      var files, errors, warnings: Int
      var findings: [Item]
      /// Findings silenced by ignore comments, with their reasons; they do not count.
      var ignored: [Item]
    }
    func item(_ f: Finding) -> Item {
      Item(
        rule: f.rule.rawValue, severity: f.severity.rawValue, path: f.path, message: f.message,
        line: f.position?.line, column: f.position?.column, hint: f.hint,
        notes: f.notes.isEmpty ? nil : f.notes.map(\.description), ignoredBecause: f.ignoredBecause)
    }
    let output = Output(
      directory: report.directory, files: report.files.count, errors: report.errors, warnings: report.warnings,
      findings: report.findings.map(item), ignored: report.ignored.map(item))
    return JSONText.encode(output)
  }
}
