/// Splits HCL native-syntax source into tokens the way Terraform's scanner does.
///
/// The lexer never fails: bytes it cannot use become `.invalid` or `.badUTF8`
/// tokens, which the parser reports. A UTF-8 byte-order mark at the start is
/// skipped (tokens then start at offset 3). The token list always ends with `.eof`.
public struct Lexer {
  enum Mode {
    case main
    case quoted
    case heredoc(markerStart: Int, markerEnd: Int, startOfLine: Bool)
  }

  /// Tokenizes `source`.
  public static func tokenize(_ source: [UInt8]) -> [Token] {
    source.withUnsafeBufferPointer { buffer in
      var lexer = Lexer(buffer)
      lexer.run()
      return lexer.tokens
    }
  }

  /// Whether `source` starts with a UTF-8 byte-order mark.
  public static func hasByteOrderMark(_ source: [UInt8]) -> Bool {
    source.count >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF
  }

  let s: UnsafeBufferPointer<UInt8>
  var p = 0
  var tokens: [Token] = []
  var modes: [Mode] = [.main]
  var braces = 0
  var returnBraces: [Int] = []

  private init(_ s: UnsafeBufferPointer<UInt8>) {
    self.s = s
    tokens.reserveCapacity(s.count / 4 + 16)
    if s.count >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF { p = 3 }
  }

  mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
    tokens.append(Token(kind, start, end))
  }

  func byte(_ i: Int) -> UInt8 { i < s.count ? s[i] : 0 }

  private mutating func run() {
    while p < s.count {
      switch modes[modes.count - 1] {
      case .main: scanMain()
      case .quoted: scanQuoted()
      case .heredoc: scanHeredoc()
      }
    }
    emit(.eof, s.count, s.count)
  }

  // MARK: - Main mode

  private mutating func scanMain() {
    let c = s[p]
    let start = p
    switch c {
    case 0x20, 0x09:
      p += 1
      while p < s.count, s[p] == 0x20 || s[p] == 0x09 { p += 1 }
    case 0x0A:
      p += 1
      emit(.newline, start, p)
    case 0x0D:
      if byte(p + 1) == 0x0A {
        p += 2
        emit(.newline, start, p)
      } else {
        p += 1
        emit(.invalid, start, p)
      }
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      scanNumber()
    case UInt8(ascii: "#"):
      scanLineComment()
    case UInt8(ascii: "/"):
      if byte(p + 1) == UInt8(ascii: "/") {
        scanLineComment()
      } else if byte(p + 1) == UInt8(ascii: "*") {
        scanBlockComment()
      } else {
        single(.slash)
      }
    case UInt8(ascii: "{"):
      p += 1
      braces += 1
      emit(.openBrace, start, p)
    case UInt8(ascii: "}"):
      p += 1
      closeBrace(start)
    case UInt8(ascii: "~"):
      if byte(p + 1) == UInt8(ascii: "}") {
        p += 2
        // `~}` always ends a template sequence; a mismatched one is the parser's to report.
        closeBrace(start, stripMarker: true)
      } else {
        single(.tilde)
      }
    case UInt8(ascii: "\""):
      p += 1
      emit(.openQuote, start, p)
      modes.append(.quoted)
    case UInt8(ascii: "<"):
      if byte(p + 1) == UInt8(ascii: "<"), scanHeredocIntroducer() {
        return
      }
      if byte(p + 1) == UInt8(ascii: "=") { double(.lessThanEq) } else { single(.lessThan) }
    case UInt8(ascii: ">"):
      if byte(p + 1) == UInt8(ascii: "=") { double(.greaterThanEq) } else { single(.greaterThan) }
    case UInt8(ascii: "="):
      if byte(p + 1) == UInt8(ascii: "=") {
        double(.equalOp)
      } else if byte(p + 1) == UInt8(ascii: ">") {
        double(.fatArrow)
      } else {
        single(.equal)
      }
    case UInt8(ascii: "!"):
      if byte(p + 1) == UInt8(ascii: "=") { double(.notEqual) } else { single(.bang) }
    case UInt8(ascii: "&"):
      if byte(p + 1) == UInt8(ascii: "&") { double(.and) } else { single(.bitwiseAnd) }
    case UInt8(ascii: "|"):
      if byte(p + 1) == UInt8(ascii: "|") { double(.or) } else { single(.bitwiseOr) }
    case UInt8(ascii: ":"):
      if byte(p + 1) == UInt8(ascii: ":") { double(.doubleColon) } else { single(.colon) }
    case UInt8(ascii: "."):
      if byte(p + 1) == UInt8(ascii: "."), byte(p + 2) == UInt8(ascii: ".") {
        p += 3
        emit(.ellipsis, start, p)
      } else {
        single(.dot)
      }
    case UInt8(ascii: "["): single(.openBracket)
    case UInt8(ascii: "]"): single(.closeBracket)
    case UInt8(ascii: "("): single(.openParen)
    case UInt8(ascii: ")"): single(.closeParen)
    case UInt8(ascii: ","): single(.comma)
    case UInt8(ascii: "*"): single(.star)
    case UInt8(ascii: "%"): single(.percent)
    case UInt8(ascii: "+"): single(.plus)
    case UInt8(ascii: "-"): single(.minus)
    case UInt8(ascii: "?"): single(.question)
    case UInt8(ascii: "^"): single(.caret)
    case UInt8(ascii: ";"): single(.semicolon)
    case UInt8(ascii: "`"): single(.backtick)
    case UInt8(ascii: "'"): single(.apostrophe)
    default:
      if let end = identifierEnd(at: p) {
        p = end
        emit(.ident, start, p)
      } else if let n = UTF8Scalar.sequenceLength(s, at: p) {
        p += n
        emit(.invalid, start, p)
      } else {
        p += 1
        emit(.badUTF8, start, p)
      }
    }
  }

  private mutating func single(_ kind: TokenKind) {
    emit(kind, p, p + 1)
    p += 1
  }

  private mutating func double(_ kind: TokenKind) {
    emit(kind, p, p + 2)
    p += 2
  }

  /// `}` (or `~}`) at `start..<p`: ends the innermost template sequence when the
  /// brace depth is the one it opened at, otherwise closes an ordinary brace.
  mutating func closeBrace(_ start: Int, stripMarker: Bool = false) {
    let endsSequence = returnBraces.last == braces
    emit(endsSequence || stripMarker ? .templateSeqEnd : .closeBrace, start, p)
    braces -= 1
    if endsSequence {
      returnBraces.removeLast()
      modes.removeLast()
    }
  }

  /// Numbers: a digit, then digits, dots and exponents, never ending in a dot.
  private mutating func scanNumber() {
    let start = p
    var q = p + 1
    var end = q
    while q < s.count {
      let c = s[q]
      if UTF8Scalar.isDigit(c) {
        q += 1
        end = q
      } else if c == UInt8(ascii: ".") {
        q += 1
      } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
        if UTF8Scalar.isDigit(byte(q + 1)) {
          q += 2
          end = q
        } else if byte(q + 1) == UInt8(ascii: "+") || byte(q + 1) == UInt8(ascii: "-"),
          UTF8Scalar.isDigit(byte(q + 2))
        {
          q += 3
          end = q
        } else {
          break
        }
      } else {
        break
      }
    }
    p = end
    emit(.numberLit, start, end)
  }

  private mutating func scanLineComment() {
    let start = p
    while p < s.count, s[p] != 0x0A { p += 1 }
    if p < s.count { p += 1 }
    emit(.comment, start, p)
  }

  private mutating func scanBlockComment() {
    let start = p
    var q = p + 2
    while q + 1 < s.count {
      if s[q] == UInt8(ascii: "*") && s[q + 1] == UInt8(ascii: "/") {
        p = q + 2
        emit(.comment, start, p)
        return
      }
      q += 1
    }
    // Unterminated: the rest of the file is unusable.
    p = s.count
    emit(.invalid, start, p)
  }

  /// Recognizes `<<ID\n` or `<<-ID\n` at `p`; on success emits the token and enters heredoc mode.
  private mutating func scanHeredocIntroducer() -> Bool {
    let start = p
    var q = p + 2
    if byte(q) == UInt8(ascii: "-") { q += 1 }
    guard let identEnd = identifierEnd(at: q) else { return false }
    var end = identEnd
    if byte(end) == 0x0D && byte(end + 1) == 0x0A {
      end += 2
    } else if byte(end) == 0x0A {
      end += 1
    } else {
      return false
    }
    emit(.openHeredoc, start, end)
    modes.append(.heredoc(markerStart: q, markerEnd: identEnd, startOfLine: true))
    p = end
    return true
  }

  /// The end of an identifier starting at `i`, or nil when no identifier starts there.
  func identifierEnd(at i: Int) -> Int? {
    guard i < s.count else { return nil }
    let c = s[i]
    var q: Int
    if c < 0x80 {
      guard UTF8Scalar.isASCIILetter(c) || c == UInt8(ascii: "_") else { return nil }
      q = i + 1
    } else {
      guard let (scalar, n) = UTF8Scalar.decode(s, at: i), scalar.properties.isIDStart else {
        return nil
      }
      q = i + n
    }
    while q < s.count {
      let d = s[q]
      if d < 0x80 {
        if UTF8Scalar.isASCIILetter(d) || UTF8Scalar.isDigit(d) || d == UInt8(ascii: "_")
          || d == UInt8(ascii: "-")
        {
          q += 1
        } else {
          break
        }
      } else if let (scalar, n) = UTF8Scalar.decode(s, at: q), scalar.properties.isIDContinue {
        q += n
      } else {
        break
      }
    }
    return q
  }
}
