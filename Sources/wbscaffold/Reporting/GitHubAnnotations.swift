import HCL
import Scaffold

/// `check --format github`: one GitHub Actions workflow command per finding,
/// which the runner turns into an annotation on the file and line:
///
///     ::error file=infra/main.tf,line=4,col=3,title=unknown-module-argument::module "x": …%0Ahint: …
///
/// `::warning` for a warning, `::notice` for a note; `line` and `col` only when
/// the finding has a position, `file` only when it has a path. Values are
/// escaped as `@actions/core` escapes them: `%`, CR and LF in the message, and
/// `:` and `,` as well in a property. Notes and the hint follow the message on
/// lines of their own.
///
/// GitHub shows at most 10 error and 10 warning annotations per step, so errors
/// come first, then warnings, then notes; past that cap a plain line says so
/// and points to SARIF. The summary line of `--format text` ends the output.
enum GitHubAnnotations {
  /// How many annotations of one kind GitHub shows per step.
  static let shownPerStep = 10

  /// The lines to print to standard output.
  static func lines(_ report: CheckReport) -> [String] {
    let ordered = report.findings.enumerated().sorted {
      $0.element.severity != $1.element.severity ? $0.element.severity < $1.element.severity : $0.offset < $1.offset
    }
    var out = ordered.map { command($0.element, report) }
    if report.errors > shownPerStep || report.warnings > shownPerStep {
      out.append(
        "GitHub shows only \(shownPerStep) error and \(shownPerStep) warning annotations per step; "
          + "upload 'wbscaffold check --format sarif' to code scanning to see all of them.")
    }
    out.append(
      TextReport.summaryLine(errors: report.errors, warnings: report.warnings, notes: report.notes, files: report.files.count))
    return out
  }

  /// The workflow command of one finding.
  static func command(_ finding: Finding, _ report: CheckReport) -> String {
    var properties: [String] = []
    if let path = finding.path {
      properties.append("file=" + escapeProperty(report.relative(path)))
      if let position = finding.position { properties += ["line=\(position.line)", "col=\(position.column)"] }
    }
    properties.append("title=" + escapeProperty(finding.rule.rawValue))
    var text = [finding.message]
    for note in finding.notes {
      let place = note.path.map { path in report.relative(path) + (note.position.map { ":\($0.line):\($0.column)" } ?? "") + ": " }
      text.append("- " + (place ?? "") + note.text)
    }
    if let hint = finding.hint { text.append("hint: " + hint) }
    return "::\(name(finding.severity)) " + properties.joined(separator: ",") + "::" + escapeData(text.joined(separator: "\n"))
  }

  /// The command for a severity: `error`, `warning` or `notice`.
  static func name(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .note: return "notice"
    }
  }

  /// A message: `%` as `%25` (first, so nothing is escaped twice), CR as `%0D`, LF as `%0A`.
  static func escapeData(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A property value: as a message, and `:` as `%3A`, `,` as `%2C`.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
