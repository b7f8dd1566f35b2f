import HCL
import Testing

@testable import Scaffold

/// The byte-level building blocks, and the version-tag rules.
@Suite("upgrade: splices and tags")
struct SourceEditsTests {
  @Test(arguments: [("latest", "latest"), ("0.58.1", "0.58.1"), ("  0.60.12 ", "0.60.12")])
  func acceptsTags(_ c: (String, String)) throws {
    #expect(try WandbImageTag(parsing: c.0).description == c.1)
  }

  @Test(arguments: ["", "v0.58.1", "0.58", "0.58.1-rc1", "Latest", "0.58.1.2", "abc", "0.x.1", "0..1"])
  func rejectsTags(_ raw: String) {
    #expect(throws: UpgradeRefusal.self) { try WandbImageTag(parsing: raw) }
    #expect((try? WandbImageTag(parsing: raw)) == nil)
  }

  @Test func tagMessages() {
    #expect(throws: UpgradeRefusal(.usage, "'v0.58.1' is not a W&B Server version: W&B image tags have no 'v' prefix; use '0.58.1'")) {
      try WandbImageTag(parsing: "v0.58.1")
    }
    #expect(WandbImageTag.reading("v0.58") == .release(SemanticVersion(0, 58, 0)))
    #expect(WandbImageTag.reading("nightly") == nil)
  }

  @Test("a clean check ignores a BOM, which fmt would drop")
  func cleanWithBOM() {
    let text = Array("a = 1\n".utf8)
    #expect(SourceEdits.isFormatClean(text))
    #expect(SourceEdits.isFormatClean([0xEF, 0xBB, 0xBF] + text))
    #expect(!SourceEdits.isFormatClean(Array("a =  1\n".utf8)))
    #expect(!SourceEdits.isFormatClean(Array("a = \n".utf8)))
  }

  @Test("insertions at the same offset keep their order; overlapping deletions merge; other overlaps are refused")
  func applyEdits() throws {
    let source = Array("a = 1\n".utf8)
    let out = try SourceEdits.apply(
      [ByteEdit(range: 6..<6, text: "b = 2\n"), ByteEdit(range: 6..<6, text: "c = 3\n"), ByteEdit(range: 4..<5, text: "9")],
      to: source)
    #expect(String(decoding: out, as: UTF8.self) == "a = 9\nb = 2\nc = 3\n")
    let two = Array("a = 1\nb = 2\nc = 3\n".utf8)
    #expect(try SourceEdits.apply([ByteEdit(range: 0..<8, text: ""), ByteEdit(range: 6..<12, text: "")], to: two) == Array("c = 3\n".utf8))
    #expect(throws: SourceEdits.Failure.overlappingEdits) {
      try SourceEdits.apply([ByteEdit(range: 0..<3, text: "x"), ByteEdit(range: 2..<4, text: "")], to: source)
    }
  }

  @Test("a file without a final line break still has none after an appended line")
  func unterminatedEnd() throws {
    let tree = SyntaxTree("a = 1")
    let edit = SourceEdits.appending(["b = 2"], to: tree, ending: "\n", blankLineBefore: false)
    #expect(String(decoding: ByteEdit.apply([edit], to: tree.source), as: UTF8.self) == "a = 1\nb = 2")
    let after = try #require(SourceEdits.inserting(["b = 2"], after: 2, in: tree, blankLineBefore: true))
    #expect(String(decoding: ByteEdit.apply([after], to: tree.source), as: UTF8.self) == "a = 1\n\nb = 2")
  }

  @Test("the line break after a token skips a trailing comment but not code")
  func lineBreakAfter() {
    let tree = SyntaxTree("a = 1 /* x */ # y\nb = [1,\n2]\n")
    #expect(SourceEdits.lineBreak(after: 2, in: tree) == 18)
    let open = tree.tokens.firstIndex { $0.kind == .openBracket } ?? 0
    #expect(SourceEdits.lineBreak(after: open, in: tree) == nil)
  }

  @Test("a replaced literal is escaped")
  func escaping() throws {
    let tree = SyntaxTree("a = \"x\"\n")
    let attribute = try #require(tree.body.attribute(named: "a"))
    let edit = try #require(SourceEdits.replacingContents(of: attribute.expression, in: tree, with: "q\"${x}"))
    #expect(String(decoding: ByteEdit.apply([edit], to: tree.source), as: UTF8.self) == "a = \"q\\\"$${x}\"\n")
    let template = SyntaxTree("a = \"${x}\"\n")
    #expect(SourceEdits.replacingContents(of: try #require(template.body.attribute(named: "a")).expression, in: template, with: "y") == nil)
  }
}
