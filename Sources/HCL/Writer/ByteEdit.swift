/// A replacement of one byte range of a source, for edits that keep every other byte.
public struct ByteEdit: Sendable, Equatable {
  /// The bytes replaced (empty for an insertion).
  public var range: Range<Int>
  /// What goes there.
  public var replacement: [UInt8]

  /// Makes an edit.
  public init(range: Range<Int>, replacement: [UInt8]) {
    self.range = range
    self.replacement = replacement
  }

  /// Makes an edit from text.
  public init(range: Range<Int>, text: String) {
    self.init(range: range, replacement: Array(text.utf8))
  }

  /// Applies non-overlapping edits to `source`; bytes outside the edited ranges are kept.
  ///
  /// - Precondition: the ranges lie inside `source` and do not overlap.
  public static func apply(_ edits: [ByteEdit], to source: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(source.count + edits.reduce(0) { $0 + $1.replacement.count })
    var next = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      precondition(edit.range.lowerBound >= next && edit.range.upperBound <= source.count, "overlapping edits")
      out.append(contentsOf: source[next..<edit.range.lowerBound])
      out.append(contentsOf: edit.replacement)
      next = edit.range.upperBound
    }
    out.append(contentsOf: source[next...])
    return out
  }
}

extension SyntaxTree {
  /// The line ending used by the line holding byte `offset` (`\r\n` or `\n`),
  /// falling back to the file's first line ending, then `\n`.
  public func lineEnding(near offset: Int) -> String {
    var i = offset
    while i < source.count && source[i] != 0x0A { i += 1 }
    if i < source.count { return i > 0 && source[i - 1] == 0x0D ? "\r\n" : "\n" }
    if let first = source.firstIndex(of: 0x0A) { return first > 0 && source[first - 1] == 0x0D ? "\r\n" : "\n" }
    return "\n"
  }

  /// The byte range of the line holding byte `offset`, without its line ending.
  public func lineRange(containing offset: Int) -> Range<Int> {
    var start = min(offset, source.count)
    while start > 0 && source[start - 1] != 0x0A { start -= 1 }
    var end = min(offset, source.count)
    while end < source.count && source[end] != 0x0A { end += 1 }
    if end > start && end <= source.count && end > 0 && source[end - 1] == 0x0D && end < source.count {
      end -= 1
    }
    return start..<end
  }

  /// For a string value written as one plain literal (`"..."` with no interpolation),
  /// the byte range of its contents between the quotes; nil for anything else.
  public func plainStringContents(of expression: Expression) -> Range<Int>? {
    let r = expression.tokens
    guard case .template(let t) = expression.kind, !t.isHeredoc, t.literalValue != nil else { return nil }
    guard tokens[r.lowerBound].kind == .openQuote, tokens[r.upperBound - 1].kind == .closeQuote else { return nil }
    return Int(tokens[r.lowerBound].end)..<Int(tokens[r.upperBound - 1].start)
  }
}
