/// A parsed HCL file: its bytes, tokens, body and any syntax error.
///
/// Parsing never throws and never crashes: a file that does not parse has a
/// non-empty `diagnostics` and a body holding what was read before the error.
public struct SyntaxTree: Sendable {
  /// The source bytes, exactly as given.
  public let source: [UInt8]
  /// Every token, ending with `.eof`.
  public let tokens: [Token]
  /// The top-level body (partial when there is a syntax error).
  public let body: Body
  /// Syntax errors; empty when the file is valid.
  public let diagnostics: [Diagnostic]
  /// Line starts, for positions (built up front for full trees, which report them).
  private let lines: LineTable?

  /// Parses `source`.
  public init(_ source: [UInt8]) {
    self.init(source, buildsExpressions: true)
  }

  /// Parses `source`; without expression trees when `buildsExpressions` is false.
  init(_ source: [UInt8], buildsExpressions: Bool) {
    self.source = source
    let tokens = Lexer.tokenize(source)
    self.tokens = tokens
    var parser = Parser(tokens: tokens, source: source, buildsExpressions: buildsExpressions)
    var body = Body()
    var diagnostics: [Diagnostic] = []
    do {
      try parser.checkInvalidTokens()
      body = try parser.parseBody(nested: false)
    } catch {
      let offset = Int(tokens[min(error.token, tokens.count - 1)].start)
      diagnostics.append(
        Diagnostic(.error, error.message, at: LineTable(source).position(of: offset), offset: offset))
    }
    self.body = body
    self.diagnostics = diagnostics
    self.lines = buildsExpressions ? LineTable(source) : nil
  }

  /// Parses UTF-8 text.
  public init(_ text: String) { self.init(Array(text.utf8)) }

  /// Whether the file parsed without errors.
  public var isValid: Bool { diagnostics.isEmpty }

  /// The source bytes a token covers.
  public func bytes(of token: Int) -> ArraySlice<UInt8> { source[tokens[token].range] }

  /// The text of a token.
  public func text(of token: Int) -> String { String(decoding: bytes(of: token), as: UTF8.self) }

  /// The byte range covered by a token range (from the first token's start to the last token's end).
  public func byteRange(of tokenRange: Range<Int>) -> Range<Int> {
    guard !tokenRange.isEmpty else { return 0..<0 }
    return Int(tokens[tokenRange.lowerBound].start)..<Int(tokens[tokenRange.upperBound - 1].end)
  }

  /// The line and column where a token starts.
  public func position(of token: Int) -> SourcePosition {
    (lines ?? LineTable(source)).position(of: Int(tokens[token].start))
  }

  /// The source text of an expression.
  public func text(of expression: Expression) -> String {
    String(decoding: source[byteRange(of: expression.tokens)], as: UTF8.self)
  }
}
