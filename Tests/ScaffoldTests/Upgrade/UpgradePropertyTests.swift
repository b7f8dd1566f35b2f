import HCL
import Testing

@testable import Scaffold

/// Properties every successful plan has, over every fixture and a few target versions.
@Suite("upgrade: properties")
struct UpgradePropertyTests {
  typealias T = UpgradeTesting

  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Named directories: the fixtures, their CRLF and BOM variants, and a not-fmt-clean one.
  static let directories: [(String, UpgradeDirectory)] = {
    func crlf(_ d: UpgradeDirectory) -> UpgradeDirectory {
      UpgradeDirectory(files: d.files.map {
        UpgradeSourceFile(path: $0.path, bytes: Array(String(decoding: $0.bytes, as: UTF8.self).replacingLineFeeds(with: "\r\n").utf8))
      })
    }
    func bom(_ d: UpgradeDirectory) -> UpgradeDirectory {
      UpgradeDirectory(files: d.files.map { UpgradeSourceFile(path: $0.path, bytes: UpgradePropertyTests.bom + $0.bytes) })
    }
    let messy = UpgradeDirectory([
      ("main.tf", UpgradeFixtures.literalMain.replacingOccurrences("  host          =", "  host=").replacingOccurrences("  source    =", "\tsource =")),
    ])
    let base: [(String, UpgradeDirectory)] = [
      ("generated", UpgradeFixtures.generated), ("guide", UpgradeFixtures.guide),
      ("literal", UpgradeDirectory([("main.tf", UpgradeFixtures.literalMain)])), ("messy", messy),
    ]
    return base + base.map { ("\($0.0)+crlf", crlf($0.1)) } + base.map { ("\($0.0)+bom", bom($0.1)) }
  }()

  static let cases: [(String, String)] = directories.flatMap { d in
    ["0.59.0", "0.60.12", "latest", "0.1.0"].map { (d.0, $0) }
  }

  @Test("second run is a no-op; clean stays clean; line endings and BOM survive", arguments: cases)
  func properties(_ name: String, _ version: String) throws {
    let directory = try #require(Self.directories.first { $0.0 == name }?.1)
    let request = UpgradeRequest(wandbVersion: version, allowDowngrade: true)
    let plan = try T.plan(request, directory)
    let again = try T.plan(request, directory.applying(plan))
    #expect(!again.hasChanges, "\(again.summary)")
    for file in plan.files {
      let original = file.original
      if !file.isNew {
        #expect(SourceEdits.isFormatClean(file.updated) == SourceEdits.isFormatClean(original) || !SourceEdits.isFormatClean(original))
        if SourceEdits.isFormatClean(original) { #expect(SourceEdits.isFormatClean(file.updated), "\(file.path)") }
        #expect(Lexer.hasByteOrderMark(file.updated) == Lexer.hasByteOrderMark(original), "\(file.path)")
      }
      let crlfOnly = original.contains(0x0A) && UpgradeTesting.hasOnlyCRLF(original)
      if crlfOnly { #expect(UpgradeTesting.hasOnlyCRLF(file.updated), "\(file.path) keeps CRLF") }
      if !original.contains(0x0D) { #expect(!file.updated.contains(0x0D), "\(file.path) gets no CR") }
      #expect(SyntaxTree(file.updated).isValid)
      #expect(!file.changes.isEmpty)
    }
    if !SourceEdits.isFormatClean(directory.bytes("main.tf") ?? []), let main = plan.files.first(where: { $0.path == "main.tf" }) {
      // Not fmt-clean: the bytes are a pure splice (a common prefix and suffix around one edit).
      let prefix = zip(main.original, main.updated).prefix { $0 == $1 }.count
      let suffix = zip(main.original.reversed(), main.updated.reversed()).prefix { $0 == $1 }.count
      #expect(main.updated.count - min(prefix + suffix, main.updated.count) <= 8, "one small edit")
    }
  }
}
