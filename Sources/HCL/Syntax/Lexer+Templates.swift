extension Lexer {
  mutating func enterSequence(_ kind: TokenKind, _ start: Int) {
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
  func escapedIntroducerLength(at i: Int) -> Int {
    let c = s[i]
    guard byte(i + 1) == c, byte(i + 2) == UInt8(ascii: "{") else { return 0 }
    return byte(i + 3) == UInt8(ascii: "~") ? 4 : 3
  }

  mutating func scanQuoted() {
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

  mutating func scanHeredoc() {
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
  func isMarkerLine(_ from: Int, _ to: Int, _ markerStart: Int, _ markerEnd: Int) -> Bool {
    var a = from
    var b = to
    // Trimmed the way Go's bytes.TrimSpace trims: Unicode spaces too.
    while a < b {
      let n = UTF8Scalar.spaceLength(s, at: a, end: b)
      if n == 0 { break }
      a += n
    }
    while b > a {
      let n = UTF8Scalar.spaceLength(s, endingAt: b, start: a)
      if n == 0 { break }
      b -= n
    }
    guard b - a == markerEnd - markerStart else { return false }
    var i = 0
    while a + i < b {
      if s[a + i] != s[markerStart + i] { return false }
      i += 1
    }
    return true
  }
}
