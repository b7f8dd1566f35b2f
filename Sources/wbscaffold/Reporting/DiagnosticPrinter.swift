import HCL
import Scaffold

/// Prints every command's findings one way, coloured when allowed:
///
///     path:line:col: error: message
///         path:line:col: a place it is also about
///         - a detail
///         hint: what to do
///
/// `check`, `init` and `upgrade` all print through this; nothing parses a
/// rendered line back.
struct DiagnosticPrinter {
  let style: Style
  /// How a finding's path is shown (relative to where the user ran the command).
  var display: (String) -> String = { $0 }

  /// The lines of `finding`: the head line, its notes, its hint.
  func lines(_ finding: Finding) -> [String] {
    var out = [style.bold(location(finding.path, finding.position)) + severity(finding.severity) + ": " + finding.message]
    for note in finding.notes {
      out.append("    " + (note.path == nil ? "- " : style.bold(location(note.path, note.position))) + note.text)
    }
    if let hint = finding.hint {
      for (index, line) in hint.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        out.append("    " + (index == 0 ? style.dim("hint: ") : "      ") + line)
      }
    }
    return out
  }

  /// The lines of a parse diagnostic of the file at `path` (a `syntax-error` finding).
  func lines(path: String, _ d: Diagnostic) -> [String] {
    lines(Finding(.syntaxError, d.severity, path: path, position: d.position, message: d.message))
  }

  private func location(_ path: String?, _ position: SourcePosition?) -> String {
    guard let path else { return "" }
    let shown = display(path)
    return (position.map { "\(shown):\($0.line):\($0.column)" } ?? shown) + ": "
  }

  func severity(_ s: Severity) -> String {
    switch s {
    case .error: return style.red("error")
    case .warning: return style.yellow("warning")
    case .note: return style.bold("note")
    }
  }
}
