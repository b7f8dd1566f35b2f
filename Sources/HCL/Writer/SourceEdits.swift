/// Byte-level edits that keep every byte of a user's file except the ones changed.
///
/// A value is changed by replacing only the bytes between the quotes of its string
/// literal; a new argument is a whole new line inserted after an existing one, with
/// that line's indentation and line ending; a removed argument or block takes its
/// whole lines with it but leaves its comments as comment lines (see
/// ``removing(_:in:)``). Afterwards a file that was fmt-clean is run through the
/// formatter (so the `=` of an argument group a new line joined is realigned, and a
/// BOM is put back); a file that was not is left as spliced, so nothing else in it
/// is reformatted.
public enum SourceEdits {
  /// Why edits could not be applied.
  public enum Failure: Error, Sendable, Equatable {
    /// Two edits touch the same bytes.
    case overlappingEdits
    /// The edited file no longer parses.
    case invalidResult(String)
  }

  /// Whether `bytes` parse and `terraform fmt` would not change them (a leading BOM,
  /// which fmt removes, is not counted as a change).
  public static func isFormatClean(_ bytes: [UInt8]) -> Bool {
    guard case .formatted(let out) = Formatter.format(bytes) else { return false }
    return Lexer.hasByteOrderMark(bytes) ? out.elementsEqual(bytes.dropFirst(3)) : out == bytes
  }

  /// Applies `edits` to `original`; when `original` was fmt-clean, formats the result
  /// and keeps a BOM the original had.
  ///
  /// Insertions at the same offset are applied in the order given; deletions that
  /// overlap are merged.
  public static func apply(_ edits: [ByteEdit], to original: [UInt8]) throws(Failure) -> [UInt8] {
    let ordered = edits.enumerated().sorted {
      ($0.element.range.lowerBound, $0.element.range.upperBound, $0.offset)
        < ($1.element.range.lowerBound, $1.element.range.upperBound, $1.offset)
    }.map(\.element)
    var merged: [ByteEdit] = []
    for edit in ordered {
      guard edit.range.lowerBound >= 0, edit.range.upperBound <= original.count else { throw .overlappingEdits }
      if var last = merged.last, last.range.isEmpty, edit.range.isEmpty, last.range == edit.range {
        last.replacement += edit.replacement
        merged[merged.count - 1] = last
        continue
      }
      if var last = merged.last, edit.range.lowerBound < last.range.upperBound {
        // Two deletions that share bytes (two removals claiming the blank line
        // between them) delete both; anything else overlapping is a planning error.
        guard last.replacement.isEmpty, edit.replacement.isEmpty, !last.range.isEmpty, !edit.range.isEmpty else {
          throw .overlappingEdits
        }
        last.range = last.range.lowerBound..<max(last.range.upperBound, edit.range.upperBound)
        merged[merged.count - 1] = last
        continue
      }
      merged.append(edit)
    }
    let spliced = ByteEdit.apply(merged, to: original)
    guard isFormatClean(original) else {
      let tree = SyntaxTree(spliced)
      if let error = tree.diagnostics.first { throw .invalidResult(error.description) }
      return spliced
    }
    switch Formatter.format(spliced) {
    case .invalid(let diagnostics):
      throw .invalidResult(diagnostics.first?.description ?? "syntax error")
    case .formatted(let out):
      return Lexer.hasByteOrderMark(original) ? Array(original.prefix(3)) + out : out
    }
  }

  /// An edit that replaces the contents of a plain string literal with `value` (escaped);
  /// nil when the expression is not a plain string literal.
  public static func replacingContents(of expression: Expression, in tree: SyntaxTree, with value: String) -> ByteEdit? {
    guard let range = tree.plainStringContents(of: expression) else { return nil }
    return ByteEdit(range: range, text: StringLiteral.escape(value))
  }

  /// Whether an attribute is written on one line (its value has no line break).
  public static func isSingleLine(_ attribute: AttributeSyntax, in tree: SyntaxTree) -> Bool {
    let range = tree.byteRange(of: attribute.nameToken..<attribute.expression.tokens.upperBound)
    return !tree.source[range].contains(0x0A)
  }

  /// The offset just after the line break that ends the line holding the end of
  /// `token` (after any comment on that line); `source.count` when that line is the last
  /// and has no line break; nil when something other than comments follows on the line.
  public static func lineBreak(after token: Int, in tree: SyntaxTree) -> Int? {
    var i = token + 1
    while i < tree.tokens.count {
      let t = tree.tokens[i]
      switch t.kind {
      case .newline:
        return Int(t.end)
      case .comment:
        if t.end > t.start && tree.source[Int(t.end) - 1] == 0x0A { return Int(t.end) }
        if tree.source[Int(t.start)..<Int(t.end)].contains(0x0A) { return nil }
        i += 1
      case .eof:
        return Int(t.start) == tree.source.count ? tree.source.count : nil
      default:
        return nil
      }
    }
    return nil
  }

  /// The blanks (spaces and tabs, as written) that start the line holding byte `offset`.
  public static func indentation(ofLineAt offset: Int, in tree: SyntaxTree) -> String {
    var start = tree.lineRange(containing: offset).lowerBound
    if start == 0 && Lexer.hasByteOrderMark(tree.source) { start = 3 }
    var end = start
    while end < tree.source.count && (tree.source[end] == 0x20 || tree.source[end] == 0x09) { end += 1 }
    return String(decoding: tree.source[start..<end], as: UTF8.self)
  }

  /// An insertion of `lines` (without line endings) as whole lines after the line holding
  /// `token`, using that line's line ending; with an empty line first when
  /// `blankLineBefore`. Nil when code follows `token` on its line.
  public static func inserting(_ lines: [String], after token: Int, in tree: SyntaxTree, blankLineBefore: Bool) -> ByteEdit? {
    guard let offset = lineBreak(after: token, in: tree) else { return nil }
    let ending = tree.lineEnding(near: Int(tree.tokens[token].start))
    return insertion(lines, at: offset, ending: ending, in: tree, blankLineBefore: blankLineBefore)
  }

  /// An insertion of `lines` at the end of the file (after its last line).
  public static func appending(_ lines: [String], to tree: SyntaxTree, ending: String, blankLineBefore: Bool) -> ByteEdit {
    insertion(lines, at: tree.source.count, ending: ending, in: tree, blankLineBefore: blankLineBefore)
  }

  /// Whole lines at `offset`, which is a line start or the end of the file. At the end of
  /// a file without a final line break the lines are joined so that the file still ends
  /// without one; an empty file gets no blank line first.
  private static func insertion(
    _ lines: [String], at offset: Int, ending: String, in tree: SyntaxTree, blankLineBefore: Bool
  ) -> ByteEdit {
    let source = tree.source
    let isEmpty = source.count <= (Lexer.hasByteOrderMark(source) ? 3 : 0)
    let blank = blankLineBefore && !isEmpty ? ending : ""
    let atUnterminatedEnd = offset == source.count && !isEmpty && source.last != 0x0A
    if atUnterminatedEnd {
      return ByteEdit(range: offset..<offset, text: ending + blank + lines.joined(separator: ending))
    }
    return ByteEdit(range: offset..<offset, text: blank + lines.map { $0 + ending }.joined())
  }
}
