/// Whole-item edits: removing an argument or a block, inserting an argument into a
/// block or a block after another item, and replacing an expression.
///
/// Each returns one ``ByteEdit`` on the original bytes (nil when the item is written
/// in a way the edit cannot keep every other byte of, such as two items on one line),
/// so several can be collected and applied at once with ``SourceEdits/apply(_:to:)``.
extension SourceEdits {
  /// The first and last token of an argument or a block.
  public static func tokens(of item: BodyItem) -> ClosedRange<Int> {
    switch item {
    case .attribute(let attribute): attribute.nameToken...(attribute.expression.tokens.upperBound - 1)
    case .block(let block): block.typeToken...block.closeBrace
    }
  }

  /// An edit that removes `item`'s whole lines, from the start of its first line to
  /// the line break after it (with a comment on its last line).
  ///
  /// The comments inside the item and on its last line stay as comment lines at the
  /// item's indentation, in order, so nothing the user wrote about it is lost;
  /// comments on the lines above it are not touched. When nothing is kept and the
  /// item stood between a blank line (or the start of its body) and another blank
  /// line, one of them goes too, so no double blank line is left. Nil when code
  /// shares a line with the item.
  public static func removing(_ item: BodyItem, in tree: SyntaxTree) -> ByteEdit? {
    let span = tokens(of: item)
    let start = Int(tree.tokens[span.lowerBound].start)
    let indent = indentation(ofLineAt: start, in: tree)
    var lineStart = tree.lineRange(containing: start).lowerBound
    if lineStart == 0 && Lexer.hasByteOrderMark(tree.source) { lineStart = 3 }
    guard lineStart + indent.utf8.count == start, let end = lineBreak(after: span.upperBound, in: tree) else { return nil }
    let ending = tree.lineEnding(near: start)
    var kept: [String] = []
    var i = span.lowerBound
    while i < tree.tokens.count, Int(tree.tokens[i].start) < end {
      if tree.tokens[i].kind == .comment {
        // Bytes, not Characters: "\r\n" is a single Character.
        var bytes = tree.bytes(of: i)
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        kept.append(indent + String(decoding: bytes, as: UTF8.self))
      }
      i += 1
    }
    if !kept.isEmpty {
      return ByteEdit(range: lineStart..<end, text: kept.map { $0 + ending }.joined())
    }
    var range = lineStart..<end
    let before = lineStart > (Lexer.hasByteOrderMark(tree.source) ? 3 : 0) ? tree.lineRange(containing: lineStart - 1) : nil
    let after = end < tree.source.count ? tree.lineRange(containing: end) : nil
    let blank = { (r: Range<Int>) in tree.source[r].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
    let opensBody = { (r: Range<Int>) in
      tree.source[r].reversed().first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } == UInt8(ascii: "{")
    }
    let closesBody = { (r: Range<Int>) in
      tree.source[r].first { $0 != 0x20 && $0 != 0x09 } == UInt8(ascii: "}")
    }
    if let after, blank(after), before.map({ blank($0) || opensBody($0) }) ?? true {
      // The blank line after the item, with its line break.
      range = lineStart..<min(tree.source.count, lineBreakEnd(from: after.upperBound, in: tree))
    } else if let before, blank(before), after.map(closesBody) ?? true {
      range = before.lowerBound..<end
    }
    return ByteEdit(range: range, replacement: [])
  }

  /// The lines of the bytes in `range` without their line endings, `indent` taken off
  /// each line that starts with it; a line break that ends `range` ends the last line
  /// (no empty line after it). Split on the byte: `\r\n` is one Character, so a String
  /// split would keep CRLF lines whole.
  public static func lines(_ range: Range<Int>, in tree: SyntaxTree, removing indent: String) -> [String] {
    var lines = tree.source[range].split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
    let prefix = Array(indent.utf8)
    return lines.map { line in
      var bytes = line.last == 0x0D ? line.dropLast() : line
      if bytes.starts(with: prefix) { bytes = bytes.dropFirst(prefix.count) }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// Whether an edit ``removing(_:in:)`` made left comment lines in place of the item.
  public static func keepsComments(_ edit: ByteEdit) -> Bool { !edit.replacement.isEmpty }

  /// The offset just past the line break at `offset` (a `\r\n` or `\n`), or `offset` itself.
  private static func lineBreakEnd(from offset: Int, in tree: SyntaxTree) -> Int {
    var i = offset
    if i < tree.source.count, tree.source[i] == 0x0D { i += 1 }
    if i < tree.source.count, tree.source[i] == 0x0A { i += 1 }
    return i
  }

  /// An edit that inserts the argument `name = value` into `block`: after `anchor`
  /// (an argument of the block), else after the run of arguments that starts the
  /// block, else as its first line. `value` may span lines; its later lines are
  /// indented like the new argument.
  ///
  /// The line takes the indentation of the line it follows inside the block (two
  /// spaces more than the block when it is the first) and the file's line ending.
  /// Its `=` is aligned with the anchor's when the name fits, as `terraform fmt`
  /// aligns a group (a formatted file is re-aligned by ``apply(_:to:)`` in any case).
  /// With `startsGroup` a blank line goes before it (and no `=` is aligned), so it
  /// starts a group of its own; without `aligned` the name is written as given (the
  /// caller aligns a group it inserts). Nil for a block whose braces share a line.
  public static func insertingAttribute(
    _ name: String, value: String, into block: BlockSyntax, after anchor: AttributeSyntax? = nil,
    startsGroup: Bool = false, aligned: Bool = true, in tree: SyntaxTree
  ) -> ByteEdit? {
    guard tree.position(of: block.closeBrace).line > tree.position(of: block.openBrace).line else { return nil }
    let previous = anchor ?? firstRun(of: block.body, in: tree)
    let indent =
      previous.map { indentation(ofLineAt: Int(tree.tokens[$0.nameToken].start), in: tree) }
      ?? block.body.items.first.map { indentation(ofLineAt: Int(tree.tokens[tokens(of: $0).lowerBound].start), in: tree) }
      ?? indentation(ofLineAt: Int(tree.tokens[block.typeToken].start), in: tree) + "  "
    var padded = name
    if let previous, aligned, !startsGroup, isSingleLine(previous, in: tree) {
      let width = Int(tree.tokens[previous.equalsToken].start) - Int(tree.tokens[previous.nameToken].start)
      if width > name.utf8.count { padded += String(repeating: " ", count: width - name.utf8.count - 1) }
    }
    let ending = tree.lineEnding(near: Int(tree.tokens[block.openBrace].start))
    let valueLines = value.split(separator: "\n", omittingEmptySubsequences: false)
    let lines = ["\(indent)\(padded) = \(valueLines[0])"] + valueLines.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
    let after = previous.map { $0.expression.tokens.upperBound - 1 } ?? block.openBrace
    return inserting(lines, after: after, in: tree, blankLineBefore: startsGroup && previous != nil)
  }

  /// An edit that inserts a block (or any lines) after `item` with a blank line
  /// between, at `item`'s indentation; at the end of the file when `item` is nil.
  public static func insertingBlock(_ lines: [String], after item: BodyItem?, in tree: SyntaxTree) -> ByteEdit? {
    guard let item else {
      return appending(lines, to: tree, ending: tree.lineEnding(near: 0), blankLineBefore: true)
    }
    let last = tokens(of: item).upperBound
    let indent = indentation(ofLineAt: Int(tree.tokens[tokens(of: item).lowerBound].start), in: tree)
    return inserting(lines.map { $0.isEmpty ? "" : indent + $0 }, after: last, in: tree, blankLineBefore: true)
  }

  /// An edit that replaces the bytes of `expression` with `text`.
  public static func replacing(_ expression: Expression, with text: String, in tree: SyntaxTree) -> ByteEdit {
    ByteEdit(range: tree.byteRange(of: expression.tokens), text: text)
  }

  /// The last argument of the run of single-line arguments that starts `body`, each on
  /// the line after the previous one with no comment line between; nil when the body
  /// does not start with one.
  public static func firstRun(of body: Body, in tree: SyntaxTree) -> AttributeSyntax? {
    guard case .attribute(var last)? = body.items.first, isSingleLine(last, in: tree) else { return nil }
    for item in body.items.dropFirst() {
      guard case .attribute(let next) = item, isSingleLine(next, in: tree), isNextLine(after: last, next, in: tree)
      else { break }
      last = next
    }
    return last
  }

  /// Whether `next` starts on the line right after `previous` ends, with no comment line between.
  public static func isNextLine(after previous: AttributeSyntax, _ next: AttributeSyntax, in tree: SyntaxTree) -> Bool {
    let between = previous.expression.tokens.upperBound..<next.nameToken
    let breaks = between.filter { i in
      let t = tree.tokens[i]
      return t.kind == .newline || (t.kind == .comment && t.end > t.start && tree.source[Int(t.end) - 1] == 0x0A)
    }
    return breaks.count == 1 && breaks.first == next.nameToken - 1
  }
}
