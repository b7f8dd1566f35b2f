import HCL

/// Prints `path:line:col: severity: message` lines, coloured when allowed.
struct DiagnosticPrinter {
  let style: Style

  func line(path: String, _ d: Diagnostic) -> String {
    let location = d.position.map { "\(path):\($0.line):\($0.column): " } ?? "\(path): "
    return style.bold(location) + severity(d.severity) + ": " + d.message
  }

  func severity(_ s: Severity) -> String {
    switch s {
    case .error: return style.red("error")
    case .warning: return style.yellow("warning")
    case .note: return style.bold("note")
    }
  }
}
