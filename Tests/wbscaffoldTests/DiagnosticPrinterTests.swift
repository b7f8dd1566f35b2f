import HCL
import Scaffold
import Testing

@testable import wbscaffold

/// The one printer of `check`, `init` and `upgrade` findings.
@Suite("DiagnosticPrinter")
struct DiagnosticPrinterTests {
  static let finding = Finding(
    Finding.Rule("upgrade-conflicting"), .error, path: "a.tf", position: SourcePosition(line: 1, column: 2), message: "disagree",
    hint: "make them agree\nthen run again",
    notes: [Finding.Note("x = \"1\"", path: "b.tfvars", position: SourcePosition(line: 3, column: 4)), Finding.Note("a detail")])

  @Test("head line, located notes, details, then the hint, each line of it indented")
  func plain() {
    let printer = DiagnosticPrinter(style: Style(enabled: false))
    #expect(
      printer.lines(Self.finding) == [
        "a.tf:1:2: error: disagree",
        "    b.tfvars:3:4: x = \"1\"",
        "    - a detail",
        "    hint: make them agree",
        "          then run again",
      ])
  }

  @Test("a finding about no file has no location; paths are shown through the display function")
  func locationless() {
    let printer = DiagnosticPrinter(style: Style(enabled: false)) { "dir/" + $0 }
    #expect(printer.lines(Finding(.errorsLeft, .warning, path: nil, position: nil, message: "m")) == ["warning: m"])
    #expect(printer.lines(Self.finding).prefix(2) == ["dir/a.tf:1:2: error: disagree", "    dir/b.tfvars:3:4: x = \"1\""])
  }

  @Test("colour paints the severity word and the location, never the message")
  func coloured() {
    let line = DiagnosticPrinter(style: Style(enabled: true)).lines(Self.finding)[0]
    #expect(line == "\u{1B}[1ma.tf:1:2: \u{1B}[0m\u{1B}[1;31merror\u{1B}[0m: disagree")
  }
}
