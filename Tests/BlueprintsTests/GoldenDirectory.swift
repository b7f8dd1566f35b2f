import Blueprints
import Foundation
import HCL
import Scaffold
import Testing
import _TestSupport

/// The golden files of one rendered case, in Golden/init/<case>/, shared by the
/// golden tests of every line. `WBSCAFFOLD_RECORD=1 swift test` rewrites them (and
/// fails, so a new baseline is never accepted by accident).
enum GoldenDirectory {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/init")

  /// Expects `files` to be exactly the golden files of case `name`, byte for byte.
  static func expectMatches(_ files: [GeneratedFile], name: String) throws {
    let dir = root.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["WBSCAFFOLD_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      for file in files { try Data(file.contents.utf8).write(to: dir.appendingPathComponent(file.path)) }
      Issue.record("recorded new golden files in \(dir.path); rerun without WBSCAFFOLD_RECORD")
      return
    }
    let onDisk = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(onDisk == files.map(\.path).sorted(), "golden file set differs")
    for file in files {
      let expected = try String(decoding: Data(contentsOf: dir.appendingPathComponent(file.path)), as: UTF8.self)
      #expect(file.contents == expected, "\(name)/\(file.path):\n\(LineDiff.describe(expected: expected, actual: file.contents))")
    }
  }

  /// Expects every HCL file of `files` to be fmt-clean.
  static func expectFormatted(_ files: [GeneratedFile], name: String) {
    for file in files where file.path.hasSuffix(".tf") || file.path.hasSuffix(".tfvars") {
      #expect(Formatter.isFormatted(Array(file.contents.utf8)), "\(name)/\(file.path) is not fmt-clean")
    }
  }

  /// Expects the checker, with every line's rules, to find nothing in `files`.
  static func expectClean(_ files: [GeneratedFile]) {
    let findings = ConfigurationChecker.check(
      ConfigurationDirectory(files: files.map { ($0.path, Array($0.contents.utf8)) }), catalog: BlueprintCatalog.modules,
      environment: [:], rules: BlueprintCatalog.checkRules)
    #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
  }

  /// Expects `terraform fmt -check` to accept every case, each written to a folder of its name.
  static func expectTerraformFmtAccepts(_ cases: [(name: String, files: [GeneratedFile])]) throws {
    let dir = try TemporaryDirectory()
    for (name, files) in cases {
      for file in files { try dir.write("\(name)/\(file.path)", file.contents) }
    }
    let result = try TerraformCLI.run(["fmt", "-check", "-recursive", "-diff", "."], in: dir.url)
    #expect(result.status == 0, "terraform fmt -check:\n\(result.output)")
  }
}
