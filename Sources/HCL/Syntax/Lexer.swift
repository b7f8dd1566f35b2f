/// Splits HCL native-syntax source into tokens the way Terraform's scanner does.
///
/// The lexer never fails: bytes it cannot use become `.invalid` or `.badUTF8`
/// tokens, which the parser reports. A UTF-8 byte-order mark at the start is
/// skipped (tokens then start at offset 3). The token list always ends with `.eof`.
public struct Lexer {
  private enum Mode {
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

  private let s: UnsafeBufferPointer<UInt8>
  private var p = 0
  private var tokens: [Token] = []
  private var modes: [Mode] = [.main]
  private var braces = 0
  private var returnBraces: [Int] = []

  private init(_ s: UnsafeBufferPointer<UInt8>) {
    self.s = s
    tokens.reserveCapacity(s.count / 4 + 16)
    if s.count >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF { p = 3 }
  }

  private mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
    tokens.append(Token(kind, start, end))
  }

  private func byte(_ i: Int) -> UInt8 { i < s.count ? s[i] : 0 }

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
        if let last = returnBraces.last, last == braces {
          emit(.templateSeqEnd, start, p)
          braces -= 1
          returnBraces.removeLast()
          modes.removeLast()
        } else {
          emit(.templateSeqEnd, start, p)
          braces -= 1
        }
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

  private mutating func closeBrace(_ start: Int) {
    if let last = returnBraces.last, last == braces {
      emit(.templateSeqEnd, start, p)
      braces -= 1
      returnBraces.removeLast()
      modes.removeLast()
    } else {
      emit(.closeBrace, start, p)
      braces -= 1
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
  private func identifierEnd(at i: Int) -> Int? {
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

  // MARK: - Template modes

  private mutating func enterSequence(_ kind: TokenKind, _ start: Int) {
    var end = start + 2
    if byte(end) == UInt8(ascii: "~") { end += 1 }
    emit(kind, start, end)
    p = end
    braces += 1
    returnBraces.append(braces)
    if case .heredoc(let ms, let me, _) = modes[modes.count - 1] {
      modes[modes.count - 1] = .heredoc(markerStart: ms, markerEnd: me, startOfLine: false)
    }
    modes.append(.main)
  }

  /// Length of an escaped introducer (`$${`, `$${~`, `%%{`, `%%{~`) at `i`, or 0.
  private func escapedIntroducerLength(at i: Int) -> Int {
    let c = s[i]
    guard byte(i + 1) == c, byte(i + 2) == UInt8(ascii: "{") else { return 0 }
    return byte(i + 3) == UInt8(ascii: "~") ? 4 : 3
  }

  private mutating func scanQuoted() {
    let start = p
    let c = s[p]
    if c == UInt8(ascii: "\"") {
      p += 1
      emit(.closeQuote, start, p)
      modes.removeLast()
      return
    }
    if c == UInt8(ascii: "$") || c == UInt8(ascii: "%") {
      if byte(p + 1) == UInt8(ascii: "{") {
        enterSequence(c == UInt8(ascii: "$") ? .templateInterp : .templateControl, start)
        return
      }
      let n = escapedIntroducerLength(at: p)
      p += n > 0 ? n : 1
      emit(.quotedLit, start, p)
      return
    }
    if c == 0x0A || c == 0x0D {
      while p < s.count, s[p] == 0x0A || s[p] == 0x0D { p += 1 }
      emit(.quotedNewline, start, p)
      return
    }
    // A run of literal characters and backslash escapes.
    var q = p
    while q < s.count {
      let d = s[q]
      if d == UInt8(ascii: "\"") || d == UInt8(ascii: "$") || d == UInt8(ascii: "%") || d == 0x0A
        || d == 0x0D
      {
        break
      }
      if d == UInt8(ascii: "\\") {
        let next = q + 1
        guard next < s.count, s[next] != 0x0A, s[next] != 0x0D,
          let n = UTF8Scalar.sequenceLength(s, at: next)
        else { break }
        q = next + n
        continue
      }
      if d < 0x80 {
        q += 1
      } else if let n = UTF8Scalar.sequenceLength(s, at: q) {
        q += n
      } else {
        break
      }
    }
    if q > p {
      p = q
      emit(.quotedLit, start, p)
    } else if c == UInt8(ascii: "\\") {
      p += 1
      emit(.invalid, start, p)
    } else {
      p += 1
      emit(.badUTF8, start, p)
    }
  }

  private mutating func scanHeredoc() {
    guard case .heredoc(let markerStart, let markerEnd, let startOfLine) = modes[modes.count - 1]
    else { return }
    let start = p
    let c = s[p]
    if (c == UInt8(ascii: "$") || c == UInt8(ascii: "%")) && byte(p + 1) == UInt8(ascii: "{") {
      enterSequence(c == UInt8(ascii: "$") ? .templateInterp : .templateControl, start)
      return
    }
    var q = p
    while q < s.count {
      let d = s[q]
      if d == 0x0A {
        // End of a line: maybe the closing marker.
        let lineEnd = q + 1
        if startOfLine && isMarkerLine(start, q, markerStart, markerEnd) {
          var contentEnd = q
          if contentEnd > start && s[contentEnd - 1] == 0x0D { contentEnd -= 1 }
          emit(.closeHeredoc, start, contentEnd)
          emit(.newline, contentEnd, lineEnd)
          p = lineEnd
          modes.removeLast()
          return
        }
        emit(.stringLit, start, lineEnd)
        p = lineEnd
        modes[modes.count - 1] = .heredoc(
          markerStart: markerStart, markerEnd: markerEnd, startOfLine: true)
        return
      }
      if d == UInt8(ascii: "$") || d == UInt8(ascii: "%") {
        if byte(q + 1) == UInt8(ascii: "{") { break }
        let n = escapedIntroducerLength(at: q)
        q += n > 0 ? n : 1
        continue
      }
      if d == 0x0D && byte(q + 1) == 0x0A {
        q += 1
        continue
      }
      if d < 0x80 && d != 0x0D {
        q += 1
      } else if d >= 0x80, let n = UTF8Scalar.sequenceLength(s, at: q) {
        q += n
      } else {
        break
      }
    }
    if q > p {
      emit(.stringLit, start, q)
      p = q
      modes[modes.count - 1] = .heredoc(
        markerStart: markerStart, markerEnd: markerEnd, startOfLine: false)
      return
    }
    // A lone carriage return or a byte that is not UTF-8.
    p += 1
    emit(s[start] == 0x0D ? .invalid : .badUTF8, start, p)
  }

  /// Whether `s[from..<to]`, trimmed of whitespace, equals the heredoc marker.
  private func isMarkerLine(_ from: Int, _ to: Int, _ markerStart: Int, _ markerEnd: Int) -> Bool {
    var a = from
    var b = to
    while a < b, UTF8Scalar.isTrimmableSpace(s[a]) { a += 1 }
    while b > a, UTF8Scalar.isTrimmableSpace(s[b - 1]) { b -= 1 }
    guard b - a == markerEnd - markerStart else { return false }
    var i = 0
    while a + i < b {
      if s[a + i] != s[markerStart + i] { return false }
      i += 1
    }
    return true
  }
}

/// Small UTF-8 helpers shared by the lexer and the string decoder.
enum UTF8Scalar {
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }

  /// ASCII whitespace as Go's `bytes.TrimSpace` sees it.
  @inline(__always) static func isTrimmableSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C
  }

  /// The length of the UTF-8 sequence at `i` using the scanner's loose definition
  /// (lead byte ranges plus continuation bytes), or nil if it is broken.
  static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let c = s[i]
    let n: Int
    switch c {
    case 0x00...0x7F: return 1
    case 0xC0...0xDF: n = 2
    case 0xE0...0xEF: n = 3
    case 0xF0...0xF7: n = 4
    default: return nil
    }
    guard i + n <= s.count else { return nil }
    for k in 1..<n where s[i + k] & 0xC0 != 0x80 { return nil }
    return n
  }

  /// Decodes one scalar at `i`, returning it and its length.
  static func decode(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
    guard let n = sequenceLength(s, at: i) else { return nil }
    var v: UInt32
    switch n {
    case 1: return (Unicode.Scalar(s[i]), 1)
    case 2: v = UInt32(s[i] & 0x1F)
    case 3: v = UInt32(s[i] & 0x0F)
    default: v = UInt32(s[i] & 0x07)
    }
    for k in 1..<n { v = (v << 6) | UInt32(s[i + k] & 0x3F) }
    guard let scalar = Unicode.Scalar(v) else { return nil }
    return (scalar, n)
  }
}
