import HCL
import Testing

@Suite struct LexerTests {
  private func kinds(_ text: String) -> [TokenKind] {
    Lexer.tokenize(Array(text.utf8)).map(\.kind)
  }

  private func texts(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Lexer.tokenize(bytes).dropLast().map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  @Test func identifiersMayContainDashes() {
    #expect(texts("a = x-1") == ["a", "=", "x-1"])
    #expect(texts("a = x -1") == ["a", "=", "x", "-", "1"])
  }

  @Test func numbersNeverEndInADot() {
    #expect(texts("1.") == ["1", "."])
    #expect(texts("1.5e+3x") == ["1.5e+3", "x"])
    #expect(texts("a.0.data") == ["a", ".", "0", ".", "data"])
  }

  @Test func commentsIncludeTheirNewline() {
    #expect(texts("# c\r\nx") == ["# c\r\n", "x"])
    #expect(texts("// c\n") == ["// c\n"])
    #expect(kinds("/* a\nb */\n") == [.comment, .newline, .eof])
  }

  @Test func quotedTemplates() {
    #expect(kinds("\"a${b}c\"") == [.openQuote, .quotedLit, .templateInterp, .ident, .templateSeqEnd, .quotedLit, .closeQuote, .eof])
    #expect(texts("\"${~x~}\"") == ["\"", "${~", "x", "~}", "\""])
    #expect(texts("\"a$${b}\"") == ["\"", "a", "$${", "b}", "\""])
    #expect(texts("\"x$y\"") == ["\"", "x", "$", "y", "\""])
    #expect(kinds("\"a\nb\"").contains(.quotedNewline))
  }

  @Test func nestedBracesReturnToTheTemplate() {
    #expect(kinds("\"${ {a=1} }\"") == [.openQuote, .templateInterp, .openBrace, .ident, .equal, .numberLit, .closeBrace, .templateSeqEnd, .closeQuote, .eof])
  }

  @Test func heredocs() {
    let text = "x = <<EOT\nhello ${n}\n  EOT  \ny = 1\n"
    #expect(kinds(text) == [.ident, .equal, .openHeredoc, .stringLit, .templateInterp, .ident, .templateSeqEnd, .stringLit, .closeHeredoc, .newline, .ident, .equal, .numberLit, .newline, .eof])
    #expect(texts(text)[8] == "  EOT  ")
    #expect(texts("x = <<-EOT\r\na\r\nEOT\r\n")[2...5] == ["<<-EOT\r\n", "a\r\n", "EOT", "\r\n"])
    // A marker-looking line after an interpolation on the same line is content.
    #expect(kinds("x = <<EOT\n${a}EOT\nEOT\n").filter { $0 == .closeHeredoc }.count == 1)
  }

  @Test func byteOrderMarkIsSkipped() {
    let tokens = Lexer.tokenize([0xEF, 0xBB, 0xBF] + Array("a = 1".utf8))
    #expect(tokens.first?.start == 3)
  }

  @Test func invalidBytesBecomeTokens() {
    #expect(kinds("a = \u{00A0}1").contains(.invalid))
    #expect(Lexer.tokenize([0x61, 0xFF]).map(\.kind) == [.ident, .badUTF8, .eof])
    #expect(kinds("a\rb").contains(.invalid))
  }
}
