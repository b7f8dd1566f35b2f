/// The three whitespace passes of `terraform fmt` (hclwrite's formatter) over a
/// flat token list: indentation by bracket counting, spacing between tokens by a
/// fixed pairwise rule table, and vertical alignment of `=` and trailing comments.
///
/// Only horizontal whitespace is decided here; token bytes are never changed.
struct LayoutPasses {
  /// One line of tokens split into cells: lead, assign (from the first `=`), comment.
  struct Line {
    var start: Int32
    var assign: Int32  // -1 when the line has no assign cell
    var leadEnd: Int32  // end of lead + assign; the comment cell, if any, starts here
    var comment: Int32  // -1 when the line has no trailing comment cell
  }

  let tokens: [Token]
  let buffer: UnsafeBufferPointer<UInt8>
  /// Bytes of blanks between the last token and the end of the original file.
  var trailingBlanks = 0
  /// Spaces to write before each token; the result of the passes.
  var spaces: [Int32]
  private var lines: [Line] = []

  init(tokens: [Token], buffer: UnsafeBufferPointer<UInt8>) {
    self.tokens = tokens
    self.buffer = buffer
    self.spaces = [Int32](repeating: 0, count: tokens.count)
  }

  /// Runs all passes.
  ///
  /// The end-of-file token belongs to no line, so the blanks before it are never
  /// reformatted: they are kept as one space per byte (a tab counts as one).
  mutating func run() {
    splitLines()
    indent()
    space()
    align()
    if let last = tokens.last, last.kind == .eof {
      spaces[tokens.count - 1] = Int32(max(0, trailingBlanks))
    }
  }

  // MARK: - Lines

  private func endsLine(_ t: Token) -> Bool {
    switch t.kind {
    case .newline: return true
    case .comment: return t.end > t.start && buffer[Int(t.end) - 1] == 0x0A
    default: return false
    }
  }

  private mutating func splitLines() {
    lines.reserveCapacity(tokens.count / 6 + 1)
    var start = 0
    let count = tokens.count
    var i = 0
    while i < count {
      let t = tokens[i]
      if t.kind == .eof {
        addLine(start, i)
        start = i + 1
        break
      }
      if endsLine(t) {
        addLine(start, i + 1)
        start = i + 1
      }
      i += 1
    }
    if start < count { addLine(start, count) }
  }

  private mutating func addLine(_ start: Int, _ end: Int) {
    var line = Line(start: Int32(start), assign: -1, leadEnd: Int32(end), comment: -1)
    if end - start > 1 && tokens[end - 1].kind == .comment {
      line.comment = Int32(end - 1)
      line.leadEnd = Int32(end - 1)
    }
    var i = start + 1
    let leadEnd = Int(line.leadEnd)
    while i < leadEnd {
      if tokens[i].kind == .equal {
        var net = 0
        for j in i..<leadEnd { net += tokens[j].kind.bracketChange }
        if net == 0 { line.assign = Int32(i) }
        break
      }
      i += 1
    }
    lines.append(line)
  }

  // MARK: - Pass 1: indentation

  private mutating func indent() {
    var stack: [Int] = []
    stack.reserveCapacity(16)
    for line in lines {
      let start = Int(line.start)
      let leadEnd = line.assign >= 0 ? Int(line.assign) : Int(line.leadEnd)
      if leadEnd <= start { continue }
      if tokens[start].kind == .newline {
        spaces[start] = 0
        continue
      }
      var net = 0
      for i in start..<leadEnd {
        net += tokens[i].kind.bracketChange
        if tokens[i].kind == .openHeredoc { break }
      }
      if line.assign >= 0 {
        for i in Int(line.assign)..<Int(line.leadEnd) { net += tokens[i].kind.bracketChange }
      }
      if net > 0 {
        spaces[start] = Int32(2 * stack.count)
        stack.append(net)
      } else if net < 0 {
        var closed = -net
        while closed > 0, let top = stack.last {
          if closed > top {
            closed -= top
            stack.removeLast()
          } else if closed < top {
            stack[stack.count - 1] = top - closed
            closed = 0
          } else {
            stack.removeLast()
            closed = 0
          }
        }
        spaces[start] = Int32(2 * stack.count)
      } else {
        spaces[start] = Int32(2 * stack.count)
      }
    }
  }

  // MARK: - Pass 2: spaces between tokens

  private mutating func space() {
    for line in lines {
      let start = Int(line.start)
      let leadEnd = line.assign >= 0 ? Int(line.assign) : Int(line.leadEnd)
      spaceCell(start, leadEnd)
      if line.assign >= 0 {
        spaces[Int(line.assign)] = 1
        spaceCell(Int(line.assign), Int(line.leadEnd))
      }
    }
  }

  private mutating func spaceCell(_ start: Int, _ end: Int) {
    var i = start
    while i + 1 < end {
      let before: TokenKind? = i > start ? tokens[i - 1].kind : nil
      spaces[i + 1] = spaceAfter(i, before: before, after: tokens[i + 1].kind) ? 1 : 0
      i += 1
    }
  }

  private func isKeywordIn(_ i: Int) -> Bool {
    let t = tokens[i]
    return t.kind == .ident && t.length == 2 && buffer[Int(t.start)] == UInt8(ascii: "i")
      && buffer[Int(t.start) + 1] == UInt8(ascii: "n")
  }

  /// The pairwise spacing rules, first match wins.
  private func spaceAfter(_ i: Int, before: TokenKind?, after: TokenKind) -> Bool {
    let subject = tokens[i].kind
    if after == .newline || after == .eof { return false }
    if subject == .ident && after == .openParen { return false }
    if (subject == .ident && after == .doubleColon) || (subject == .doubleColon && after == .ident) {
      return false
    }
    if subject == .dot || after == .dot { return false }
    if after == .comma || after == .ellipsis { return false }
    if subject == .comma { return true }
    switch subject {
    case .quotedLit, .stringLit, .openQuote, .openHeredoc: return false
    default: break
    }
    switch after {
    case .quotedLit, .stringLit, .closeQuote, .closeHeredoc: return false
    default: break
    }
    if before == .ident && isKeywordIn(i) { return true }
    if after == .openBracket
      && (subject == .ident || subject == .numberLit || subject.bracketChange < 0)
    {
      return false
    }
    if subject == .bang { return false }
    if subject == .minus {
      switch before {
      case nil: return false
      case .openParen?, .openBrace?, .openBracket?, .equal?, .colon?, .comma?, .question?: return false
      case .plus?, .star?, .slash?, .percent?, .minus?: return false
      case .equalOp?, .notEqual?, .greaterThan?, .greaterThanEq?, .lessThan?, .lessThanEq?: return false
      case .and?, .or?, .bang?: return false
      default: return true
      }
    }
    if subject == .openBrace || after == .closeBrace {
      return !(subject == .openBrace && after == .closeBrace)
    }
    if (subject == .templateInterp || subject == .templateControl) && after == .openBrace { return true }
    if subject == .closeBrace && after == .templateSeqEnd { return true }
    if subject == .templateSeqEnd && (after == .templateInterp || after == .templateControl) {
      return false
    }
    if subject.bracketChange > 0 { return false }
    if after.bracketChange < 0 { return false }
    return true
  }

  // MARK: - Pass 3: alignment

  private func columns(_ start: Int, _ end: Int) -> Int {
    var total = 0
    var i = start
    while i < end {
      total += Int(spaces[i]) + GraphemeWidth.count(buffer, tokens[i].range)
      i += 1
    }
    return total
  }

  private mutating func align() {
    // `=` chains: consecutive lines that all have an assign cell; the `=` goes one
    // space after the widest lead.
    alignChains(cell: { $0.assign }, widthBefore: { $0.assign })
    // Trailing-comment chains, measured after the `=` moved: lead and assign cells.
    alignChains(cell: { $0.comment }, widthBefore: { $0.leadEnd })
  }

  /// Aligns the first token of a cell (`cell`, -1 when absent) over each maximal
  /// run of consecutive lines having that cell; `widthBefore` ends the measured part.
  private mutating func alignChains(cell: (Line) -> Int32, widthBefore: (Line) -> Int32) {
    var chainStart = -1
    var widest = 0
    var widths: [Int] = []
    for n in 0...lines.count {
      if n < lines.count && cell(lines[n]) >= 0 {
        if chainStart < 0 { chainStart = n }
        let w = columns(Int(lines[n].start), Int(widthBefore(lines[n])))
        widths.append(w)
        widest = max(widest, w)
        continue
      }
      if chainStart >= 0 {
        for m in chainStart..<n { spaces[Int(cell(lines[m]))] = Int32(widest - widths[m - chainStart] + 1) }
      }
      chainStart = -1
      widest = 0
      widths.removeAll(keepingCapacity: true)
    }
  }
}

/// Column widths as `terraform fmt` counts them: grapheme clusters by the
/// Unicode 15.0 rules of its segmenter, over bytes.
enum GraphemeWidth {
  /// The number of grapheme clusters in `buffer[range]`.
  static func count(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var ascii = true
    var crlf = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let b = buffer[i]
      if b >= 0x80 {
        ascii = false
        break
      }
      if b == 0x0D && i + 1 < range.upperBound && buffer[i + 1] == 0x0A { crlf += 1 }
      i += 1
    }
    if ascii { return range.count - crlf }
    // What the lexer lets through but is not UTF-8: a sequence of the right shape
    // (an overlong form, a surrogate, a code point past U+10FFFF) is one unknown
    // character, as terraform's segmenter sees it; a lone bad byte is one column
    // that splits the text around it.
    var total = 0
    var run: [UInt8] = []
    i = range.lowerBound
    while i < range.upperBound {
      let n = UTF8Scalar.wellFormedLength(buffer, at: i, end: range.upperBound)
      if n > 0 {
        run.append(contentsOf: buffer[i..<(i + n)])
        i += n
      } else if let loose = UTF8Scalar.sequenceLength(buffer, at: i), loose >= 2, i + loose <= range.upperBound {
        run.append(contentsOf: [0xEF, 0xBF, 0xBD])
        i += loose
      } else {
        total += clusters(run) + 1
        run.removeAll(keepingCapacity: true)
        i += 1
      }
    }
    return total + clusters(run)
  }

  /// The viramas that link Indic conjuncts (Indic_Conjunct_Break=Linker).
  private static let linkers: Set<UInt32> = [0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D]

  /// Grapheme clusters of valid UTF-8. Swift follows Unicode 15.1 and later, whose
  /// rule GB9c keeps consonant + virama + consonant together; Unicode 15.0, which
  /// terraform's segmenter implements, breaks before the second consonant, so each
  /// consonant joined that way counts once more.
  private static func clusters(_ bytes: [UInt8]) -> Int {
    guard !bytes.isEmpty else { return 0 }
    var total = 0
    for character in String(decoding: bytes, as: UTF8.self) {
      total += 1
      var linked = false
      for (k, scalar) in character.unicodeScalars.enumerated() {
        let value = scalar.value
        let category = scalar.properties.generalCategory
        if linkers.contains(value) {
          linked = true
        } else if k > 0, linked, (0x0900...0x0D7F).contains(value), category == .otherLetter {
          total += 1
          linked = false
        } else if value != 0x200D && category != .nonspacingMark && category != .enclosingMark {
          linked = false
        }
      }
    }
    return total
  }
}
