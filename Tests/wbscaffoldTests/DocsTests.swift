import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// docs/reference.md embeds every help page; this keeps them true.
@Suite struct DocsTests {
  @Test(arguments: [""] + CLI.commands.map { $0.spec.name })
  func referenceEmbedsTheCurrentHelp(_ command: String) throws {
    let reference = try String(
      contentsOf: BuiltTool.packageRoot.appendingPathComponent("docs/reference.md"), encoding: .utf8)
    let terminal = ScriptedTerminal()
    let code = CLI.run((command.isEmpty ? [] : [command]) + ["--help"], Context(terminal: terminal, environment: ["COLUMNS": "100"]))
    #expect(code == .success)
    #expect(
      reference.contains("```text\n" + terminal.stdout + "```"),
      "docs/reference.md is out of date for '\(command) --help'; regenerate it (see the top of the file)")
  }
}
