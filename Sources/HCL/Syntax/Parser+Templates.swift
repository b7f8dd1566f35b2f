extension Parser {
  /// `"..."`: literal pieces, `${ }` interpolations and `%{ }` directives.
  mutating func parseQuotedTemplate() throws(SyntaxError) -> Expression {
    let open = read().index
    var parts: [TemplatePart] = []
    var directives: [String] = []
    while true {
      let i = next
      let t = tokens[i]
      switch t.kind {
      case .quotedLit:
        if buildsExpressions {
          guard let decoded = StringLiteral.decodeQuoted(source[t.range]) else {
            throw invalidEscape(at: i)
          }
          appendLiteral(decoded, i, to: &parts)
        } else if !StringLiteral.hasValidEscapes(source[t.range]) {
          throw invalidEscape(at: i)
        }
        next += 1
      case .templateInterp, .templateControl:
        let part = try parseSequence(directives: &directives)
        if buildsExpressions { parts.append(part) }
      case .closeQuote:
        next += 1
        try checkDirectivesClosed(directives, at: i)
        return node(open..<(i + 1), .template(Template(parts: parts, isHeredoc: false)))
      case .eof:
        throw fail("Unterminated template string: no closing marker was found for the string", at: i)
      default:
        throw fail("Invalid template: unexpected \(t.kind) in a quoted string", at: i)
      }
    }
  }

  /// `<<EOT ... EOT` or `<<-EOT ... EOT`.
  mutating func parseHeredocTemplate() throws(SyntaxError) -> Expression {
    let open = read().index
    let flush = source[Int(tokens[open].start) + 2] == UInt8(ascii: "-")
    var parts: [TemplatePart] = []
    var directives: [String] = []
    while true {
      let i = next
      let t = tokens[i]
      switch t.kind {
      case .stringLit:
        if buildsExpressions { appendLiteral(StringLiteral.decodeHeredoc(source[t.range]), i, to: &parts) }
        next += 1
      case .templateInterp, .templateControl:
        let part = try parseSequence(directives: &directives)
        if buildsExpressions { parts.append(part) }
      case .closeHeredoc:
        next += 1
        try checkDirectivesClosed(directives, at: i)
        if flush { parts = StringLiteral.flushHeredocParts(parts) }
        return node(open..<(i + 1), .template(Template(parts: parts, isHeredoc: true)))
      case .eof:
        throw fail("Unterminated template string: no closing marker was found for the heredoc", at: i)
      default:
        throw fail("Invalid template: unexpected \(t.kind) in a heredoc", at: i)
      }
    }
  }

  private func invalidEscape(at i: Int) -> SyntaxError {
    fail("Invalid escape sequence: the symbol after the backslash is not a valid escape; use \\\\ for a literal backslash", at: i)
  }

  private func appendLiteral(_ text: String, _ index: Int, to parts: inout [TemplatePart]) {
    if case .literal(let previous, let range)? = parts.last {
      parts[parts.count - 1] = .literal(previous + text, tokens: range.lowerBound..<(index + 1))
    } else {
      parts.append(.literal(text, tokens: index..<(index + 1)))
    }
  }

  private func checkDirectivesClosed(_ directives: [String], at index: Int) throws(SyntaxError) {
    if let open = directives.last {
      let keyword = open.hasPrefix("if") ? "if" : open
      throw fail("Unexpected end of template: the %{\(keyword)} directive is not closed by %{end\(keyword)}", at: index)
    }
  }

  /// One `${ expr }` or `%{ keyword ... }` sequence, with the cursor on its introducer.
  private mutating func parseSequence(directives: inout [String]) throws(SyntaxError) -> TemplatePart {
    let introducer = next
    let isInterp = tokens[introducer].kind == .templateInterp
    next += 1
    try enter(at: introducer)
    defer { leave() }
    pushNewlines(false)
    defer { popNewlines() }
    let part: TemplatePart
    if isInterp {
      part = .interpolation(try parseExpression())
    } else {
      part = try parseDirective(directives: &directives, introducer: introducer)
    }
    let close = peek()
    if close.kind == .eof {
      throw fail("Unclosed template sequence: there is no closing brace for this sequence before the end of the file", at: introducer)
    }
    guard close.kind == .templateSeqEnd else {
      let what = isInterp ? "interpolation expression" : "template directive"
      throw fail("Extra characters after \(what): expected a closing brace to end the \(what)", at: close.index)
    }
    read()
    return part
  }

  private mutating func parseDirective(directives: inout [String], introducer: Int) throws(SyntaxError)
    -> TemplatePart
  {
    let keywordToken = peek()
    guard keywordToken.kind == .ident else {
      throw fail("Invalid template directive: a template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence", at: keywordToken.index)
    }
    let keyword = text(keywordToken.index)
    read()
    switch keyword {
    case "if":
      directives.append("if")
      return .directive(keyword: keyword, expressions: [try parseExpression()])
    case "else":
      guard directives.last == "if" else {
        throw fail("Unexpected else directive: an else directive must be inside an if directive", at: introducer)
      }
      directives[directives.count - 1] = "if-else"
      return .directive(keyword: keyword, expressions: [])
    case "endif":
      guard let top = directives.last, top.hasPrefix("if") else {
        throw fail("Unexpected endif directive: there is no open if directive", at: introducer)
      }
      directives.removeLast()
      return .directive(keyword: keyword, expressions: [])
    case "for":
      let name = peek()
      guard name.kind == .ident else {
        throw fail("Invalid 'for' directive: for directive requires variable name after 'for'", at: name.index)
      }
      read()
      if peek().kind == .comma {
        read()
        let value = peek()
        guard value.kind == .ident else {
          throw fail("Invalid 'for' directive: for directive requires value variable name after comma", at: value.index)
        }
        read()
      }
      guard isKeyword(peek().index, "in") else {
        throw fail("Invalid 'for' directive: for directive requires 'in' keyword after names", at: peek().index)
      }
      read()
      directives.append("for")
      return .directive(keyword: keyword, expressions: [try parseExpression()])
    case "endfor":
      guard directives.last == "for" else {
        throw fail("Unexpected endfor directive: there is no open for directive", at: introducer)
      }
      directives.removeLast()
      return .directive(keyword: keyword, expressions: [])
    default:
      throw fail("Invalid template control keyword: \"\(keyword)\" is not a valid template control keyword", at: keywordToken.index)
    }
  }
}
