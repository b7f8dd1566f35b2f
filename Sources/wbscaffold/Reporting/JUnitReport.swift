import Scaffold

/// `check --format junit`: JUnit XML for the test-report views of CI systems
/// (GitLab's `artifacts:reports:junit`, Jenkins, test-reporter actions).
///
/// One `<testsuite name="wbscaffold check">` in a `<testsuites>`, one
/// `<testcase>` per file that was checked (`classname` and `name` are the
/// path), in the checker's order, plus one for each other path a finding names
/// (`.terraform/modules/modules.json`) and one named after the directory for
/// findings about no file. A testcase fails with one `<failure>` per error
/// (`message` the message, `type` the rule, the text the compiler-style lines);
/// warnings and notes go, as those lines, to its `<system-out>`. `tests` counts
/// testcases and `failures` the testcases that failed, as JUnit counts them.
enum JUnitReport {
  /// The document, with an XML declaration and a final line break.
  static func text(_ report: CheckReport) -> String {
    var cases: [(path: String?, findings: [Finding])] = report.files.map { ($0, []) }
    for finding in report.findings {
      if let i = cases.firstIndex(where: { $0.path == finding.path }) {
        cases[i].findings.append(finding)
      } else {
        cases.append((finding.path, [finding]))
      }
    }
    let failed = cases.filter { $0.findings.contains { $0.severity == .error } }.count
    let counts = "tests=\"\(cases.count)\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\""
    var out = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      "<testsuites name=\"wbscaffold\" \(counts)>",
      "  <testsuite name=\"wbscaffold check\" \(counts)>",
    ]
    let printer = DiagnosticPrinter(style: Style(enabled: false), display: report.relative)
    for testcase in cases {
      let name = escape(testcase.path.map(report.relative) ?? report.directory)
      let errors = testcase.findings.filter { $0.severity == .error }
      let others = testcase.findings.filter { $0.severity != .error }
      if errors.isEmpty && others.isEmpty {
        out.append("    <testcase classname=\"\(name)\" name=\"\(name)\"/>")
        continue
      }
      out.append("    <testcase classname=\"\(name)\" name=\"\(name)\">")
      for error in errors {
        out.append(
          "      <failure message=\"\(escape(error.message))\" type=\"\(escape(error.rule.rawValue))\">"
            + escape(printer.lines(error).joined(separator: "\n"), attribute: false) + "</failure>")
      }
      if !others.isEmpty {
        out.append("      <system-out>" + escape(others.flatMap(printer.lines).joined(separator: "\n"), attribute: false) + "</system-out>")
      }
      out.append("    </testcase>")
    }
    out += ["  </testsuite>", "</testsuites>"]
    return out.joined(separator: "\n") + "\n"
  }

  /// Text for an attribute: `& < > " '` as entities (for an element's text,
  /// with `attribute` false, only `& < >`), and what XML 1.0 cannot hold at
  /// all dropped (controls below U+0020 but tab, LF and CR; U+FFFE, U+FFFF).
  /// In an attribute, tab, LF and CR become character references, which a
  /// parser keeps where it would turn the literal characters into spaces.
  static func escape(_ text: String, attribute: Bool = true) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "'" where attribute: out += "&apos;"
      case "\n" where attribute: out += "&#10;"
      case "\r" where attribute: out += "&#13;"
      case "\t" where attribute: out += "&#9;"
      case "\n", "\r", "\t": out.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
