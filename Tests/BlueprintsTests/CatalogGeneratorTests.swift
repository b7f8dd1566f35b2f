import Foundation
import Testing
import _TestSupport

/// The catalogue generator's HCL reader, on the shapes the modules' variables.tf
/// files use (heredoc descriptions, one-line blocks, templates, comments). The
/// full regeneration needs the module repositories (`--mirrors`), so it is not
/// run here; `--check` against them shows the shipped JSON is current.
@Suite struct CatalogGeneratorTests {
  static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(.enabled(if: python != nil || ProcessInfo.processInfo.environment["CI"] == "true", "python3 is not installed"))
  func readerSelfTest() throws {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Blueprints/tools/make_catalog.py")
    let result = try ChildProcess.run(try #require(Self.python), [script.path, "--self-test"], mergeOutput: true, timeout: 60)
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains("self-test passed"))
  }
}
