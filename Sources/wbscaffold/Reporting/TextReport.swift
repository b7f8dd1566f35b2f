import Scaffold

/// `check --format text`, the default: each finding as `DiagnosticPrinter`
/// prints it, then one summary line that counts them.
enum TextReport {
  /// The lines to print, coloured as `style` allows.
  static func lines(_ report: CheckReport, style: Style) -> [String] {
    let printer = DiagnosticPrinter(style: style, display: report.shown)
    var summary = summaryLine(errors: report.errors, warnings: report.warnings, notes: report.notes, files: report.files.count)
    if !report.ignored.isEmpty {
      let count = report.ignored.count
      summary += " \(count) finding\(count == 1 ? "" : "s") silenced by wbscaffold:ignore comments (see --format json)."
    }
    return report.findings.flatMap(printer.lines) + [summary]
  }

  /// `1 error, 0 warnings, 2 notes in 4 files.`, or `No problems found in 4 files.`
  static func summaryLine(errors: Int, warnings: Int, notes: Int, files: Int) -> String {
    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    let where_ = "in " + count(files, "file")
    if errors + warnings + notes == 0 { return "No problems found " + where_ + "." }
    return [count(errors, "error"), count(warnings, "warning"), count(notes, "note")].joined(separator: ", ") + " " + where_ + "."
  }
}
