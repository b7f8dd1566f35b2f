/// A syntax error with the token it was found at.
struct SyntaxError: Error {
  var message: String
  var token: Int
}

/// Recursive-descent parser for HCL native syntax, following hclsyntax's grammar
/// and newline rules. It stops at the first syntax error.
struct Parser {
  let tokens: [Token]
  let source: [UInt8]
  /// Whether to build expression trees; when false the grammar is still checked
  /// but expressions carry only their token ranges (the formatter needs no more).
  let buildsExpressions: Bool
  var next = 0
  private var includeNewlines: [Bool] = [true]
  private var depth = 0

  /// Deepest nesting accepted, counting each nested expression, bracket, call,
  /// block, interpolation and unary operator; deeper input is rejected rather
  /// than risking the stack (terraform's parser has a growable stack and accepts
  /// more). A bracketed list counts twice: its expression and its bracket.
  static let maximumDepth = 200

  init(tokens: [Token], source: [UInt8], buildsExpressions: Bool = true) {
    self.tokens = tokens
    self.source = source
    self.buildsExpressions = buildsExpressions
  }

  /// A node: the real one when building trees, else a placeholder with the same range.
  @inline(__always)
  func node(_ tokens: Range<Int>, _ kind: @autoclosure () -> Expression.Kind) -> Expression {
    Expression(buildsExpressions ? kind() : .null, tokens: tokens)
  }

  // MARK: - Cursor

  /// The next significant token: comments are skipped (a `#`/`//` comment counts
  /// as its newline where newlines matter) and newlines are skipped where they do not.
  func peek() -> (kind: TokenKind, index: Int) {
    var i = next
    let keepNewlines = includeNewlines[includeNewlines.count - 1]
    while i < tokens.count {
      let t = tokens[i]
      switch t.kind {
      case .comment:
        if keepNewlines && t.end > t.start && source[Int(t.end) - 1] == 0x0A {
          return (.newline, i)
        }
        i += 1
        continue
      case .newline:
        if !keepNewlines {
          i += 1
          continue
        }
      default: break
      }
      return (t.kind, i)
    }
    return (.eof, tokens.count - 1)
  }

  @discardableResult
  mutating func read() -> (kind: TokenKind, index: Int) {
    let p = peek()
    next = min(p.index + 1, tokens.count - 1)
    if p.kind == .eof { next = tokens.count - 1 }
    return p
  }

  /// Index of the last token consumed.
  var previous: Int { max(0, next - 1) }

  mutating func pushNewlines(_ include: Bool) { includeNewlines.append(include) }
  mutating func popNewlines() { includeNewlines.removeLast() }

  func text(_ index: Int) -> String {
    let t = tokens[index]
    return String(decoding: source[t.range], as: UTF8.self)
  }

  func isKeyword(_ index: Int, _ keyword: StaticString) -> Bool {
    let t = tokens[index]
    guard t.kind == .ident, t.length == keyword.utf8CodeUnitCount else { return false }
    return keyword.withUTF8Buffer { kw in
      var i = 0
      while i < kw.count {
        if source[Int(t.start) + i] != kw[i] { return false }
        i += 1
      }
      return true
    }
  }

  func fail(_ message: String, at index: Int) -> SyntaxError {
    SyntaxError(message: message, token: index)
  }

  mutating func enter(at index: Int) throws(SyntaxError) {
    depth += 1
    if depth > Parser.maximumDepth {
      throw fail(
        "Nesting too deep: more than \(Parser.maximumDepth) levels of nested expressions, brackets, blocks and operators (wbscaffold's limit; terraform accepts more)",
        at: index)
    }
  }

  mutating func leave() { depth -= 1 }

  // MARK: - Bodies

  /// Checks the invalid tokens hclsyntax reports before parsing.
  func checkInvalidTokens() throws(SyntaxError) {
    for (i, t) in tokens.enumerated() {
      switch t.kind {
      case .bitwiseAnd, .bitwiseOr, .caret:
        throw fail("Unsupported operator: bitwise operators are not supported", at: i)
      case .backtick:
        throw fail("Invalid character: the \"`\" character is not valid; use a heredoc (<<EOT) for multi-line strings", at: i)
      case .apostrophe:
        throw fail("Invalid character: single quotes are not valid; use double quotes (\") to enclose strings", at: i)
      case .semicolon:
        throw fail("Invalid character: the \";\" character is not valid; use newlines to separate arguments and blocks", at: i)
      case .badUTF8:
        throw fail("Invalid character encoding: all input files must be UTF-8 encoded", at: i)
      case .quotedNewline:
        throw fail("Invalid multi-line string: quoted strings may not be split over multiple lines; use \\n or a heredoc", at: i)
      case .invalid:
        if source[Int(t.start)] == UInt8(ascii: "/") {
          throw fail("Unterminated comment: no closing \"*/\" before the end of the file", at: i)
        }
        throw fail("Invalid character: this character is not used within the language", at: i)
      default: continue
      }
    }
  }

  /// Parses a body up to `}` (nested) or the end of the file (top level).
  mutating func parseBody(nested: Bool, openBrace: Int = 0) throws(SyntaxError) -> Body {
    var items: [BodyItem] = []
    var seen: [String: Int] = [:]
    while true {
      let p = peek()
      switch p.kind {
      case .newline:
        read()
      case .eof:
        if let open = nested ? openBrace : nil {
          throw fail("Unclosed configuration block: there is no closing brace for this block before the end of the file", at: open)
        }
        return Body(items: items)
      case .closeBrace where nested:
        return Body(items: items)
      case .ident:
        let item = try parseBodyItem()
        if case .attribute(let a) = item {
          if let first = seen[a.name] {
            let line = LineTable(source).position(of: Int(tokens[first].start)).line
            throw fail("Attribute redefined: the argument \"\(a.name)\" was already set at line \(line); each argument may be set only once", at: a.nameToken)
          }
          seen[a.name] = a.nameToken
        }
        items.append(item)
      case .openQuote:
        throw fail("Invalid argument name: argument names must not be quoted", at: p.index)
      default:
        throw fail("Argument or block definition required: an argument or block definition is required here", at: p.index)
      }
    }
  }

  private mutating func parseBodyItem() throws(SyntaxError) -> BodyItem {
    let ident = read()
    let p = peek()
    switch p.kind {
    case .equal:
      return .attribute(try finishAttribute(nameToken: ident.index, singleLine: false))
    case .openQuote, .openBrace, .ident:
      return .block(try finishBlock(typeToken: ident.index))
    default:
      throw fail("Argument or block definition required: to set an argument, use the equals sign \"=\" to introduce the argument value", at: ident.index)
    }
  }

  private mutating func finishAttribute(nameToken: Int, singleLine: Bool) throws(SyntaxError) -> AttributeSyntax {
    let equals = read().index
    let expr = try parseExpression()
    if !singleLine {
      let end = peek()
      if end.kind != .newline && end.kind != .eof {
        throw fail("Missing newline after argument: an argument definition must end with a newline", at: end.index)
      }
      read()
    }
    return AttributeSyntax(name: text(nameToken), nameToken: nameToken, equalsToken: equals, expression: expr)
  }

  private mutating func finishBlock(typeToken: Int) throws(SyntaxError) -> BlockSyntax {
    var labels: [BlockLabel] = []
    labelLoop: while true {
      let p = peek()
      switch p.kind {
      case .openBrace:
        break labelLoop
      case .openQuote:
        labels.append(try parseLabel())
      case .ident:
        read()
        labels.append(BlockLabel(tokens: p.index..<(p.index + 1), value: text(p.index), isIdentifier: true))
      case .equal:
        throw fail("Invalid block definition: the equals sign \"=\" indicates an argument definition, and must not be used when defining a block", at: p.index)
      case .newline:
        throw fail("Invalid block definition: a block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header", at: p.index)
      default:
        throw fail("Invalid block definition: either a quoted string block label or an opening brace (\"{\") is expected here", at: p.index)
      }
    }
    let open = read().index
    try enter(at: open)
    defer { leave() }
    let body: Body
    let close: Int
    switch peek().kind {
    case .newline, .eof, .closeBrace:
      body = try parseBody(nested: true, openBrace: open)
      close = read().index
    default:
      body = try parseSingleAttributeBody()
      let c = peek()
      guard c.kind == .closeBrace else {
        throw fail("Invalid single-argument block definition: a single-line block definition must end with a closing brace immediately after its single argument definition", at: c.index)
      }
      close = read().index
    }
    let eol = peek()
    if eol.kind != .newline && eol.kind != .eof {
      throw fail("Missing newline after block definition: a block definition must end with a newline", at: eol.index)
    }
    read()
    return BlockSyntax(
      type: text(typeToken), typeToken: typeToken, labels: labels, openBrace: open, closeBrace: close,
      body: body)
  }

  private mutating func parseSingleAttributeBody() throws(SyntaxError) -> Body {
    let ident = read()
    guard ident.kind == .ident else {
      throw fail("Argument or block definition required: an argument or block definition is required here", at: ident.index)
    }
    let p = peek()
    switch p.kind {
    case .equal:
      return Body(items: [.attribute(try finishAttribute(nameToken: ident.index, singleLine: true))])
    case .openQuote, .openBrace, .ident:
      throw fail("Argument definition required: a single-line block definition can contain only a single argument; place a nested block on a line of its own", at: ident.index)
    default:
      throw fail("Argument or block definition required: to set an argument, use the equals sign \"=\" to introduce the argument value", at: p.index)
    }
  }

  /// A quoted label: a string literal with no template sequences.
  private mutating func parseLabel() throws(SyntaxError) -> BlockLabel {
    let open = read().index
    var value = ""
    while true {
      let t = tokens[next]
      switch t.kind {
      case .quotedLit:
        if let decoded = StringLiteral.decodeQuoted(source[t.range]) {
          value += decoded
        } else {
          throw fail("Invalid escape sequence in block label", at: next)
        }
        next += 1
      case .closeQuote:
        next += 1
        return BlockLabel(tokens: open..<next, value: value, isIdentifier: false)
      case .templateInterp, .templateControl:
        throw fail("Invalid string literal: template sequences are not allowed in a block label", at: next)
      default:
        throw fail("Unterminated block label: no closing quote was found for this label", at: open)
      }
    }
  }
}
