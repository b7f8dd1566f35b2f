import HCL
import Testing

@testable import Scaffold

/// `# wbscaffold:ignore RULE reason` comments, as tflint's `# tflint-ignore`.
@Suite struct IgnoreCommentsTests {
  func findings(_ main: String) throws -> [Finding] {
    try CheckFixture.check(["main.tf": main]).filter { $0.rule != .syntaxError }
  }

  static let unused = "variable \"legacy\" {\n  type = string\n  default = \"x\"\n}\n"

  @Test func aCommentOnItsOwnLineSilencesTheLineBelowWithItsReason() throws {
    let found = try findings("# wbscaffold:ignore unused-variable kept for the next module call\n" + Self.unused)
    #expect(found.map(\.rule) == [.unusedVariable])
    #expect(found.first?.ignoredBecause == "kept for the next module call")
    #expect(try findings(Self.unused).first?.ignoredBecause == nil, "without the comment it counts")
  }

  @Test func aTrailingCommentSilencesItsOwnLineAndEveryCommentStyleWorks() throws {
    let trailing = "variable \"legacy\" { // wbscaffold:ignore unused-variable shared with CI\n  default = 1\n}\n"
    #expect(try findings(trailing).first?.ignoredBecause == "shared with CI")
    let block = "/* wbscaffold:ignore unused-variable,undeclared-variable docs only */\n" + Self.unused
    #expect(try findings(block).first?.ignoredBecause == "docs only")
  }

  @Test func anotherRuleOrAnotherLineIsNotSilenced() throws {
    #expect(try findings("# wbscaffold:ignore undeclared-variable not this one\n" + Self.unused).first?.ignoredBecause == nil)
    #expect(try findings("# wbscaffold:ignore unused-variable too far\n\n" + Self.unused).first?.ignoredBecause == nil)
  }

  @Test func aCommentWithoutAReasonSilencesNothingAndSaysSo() throws {
    let found = try findings("# wbscaffold:ignore unused-variable\n" + Self.unused)
    #expect(found.map(\.rule).sorted() == [.ignoreWithoutReason, .unusedVariable])
    #expect(found.allSatisfy { $0.ignoredBecause == nil })
    let warning = try #require(found.first { $0.rule == .ignoreWithoutReason })
    #expect(warning.message == "wbscaffold:ignore unused-variable gives no reason, so it silences nothing")
    #expect(warning.position == SourcePosition(line: 1, column: 1))
  }
}
