extension Parser {
  // Tuples `[a, b]`, objects `{ k = v }` and `for` expressions in either.

  mutating func parseTuple() throws(SyntaxError) -> Expression {
    let open = read().index
    try enter(at: open)
    defer { leave() }
    pushNewlines(false)
    defer { popNewlines() }
    if isKeyword(peek().index, "for") { return try finishFor(open: open, object: false) }
    var elements: [Expression] = []
    while true {
      if peek().kind == .closeBracket { break }
      let element = try parseExpression()
      if buildsExpressions { elements.append(element) }
      let p = peek()
      if p.kind == .closeBracket { break }
      guard p.kind == .comma else {
        throw fail("Missing item separator: expected a comma to mark the beginning of the next item", at: p.index)
      }
      read()
    }
    let close = read().index
    return node(open..<(close + 1), .tuple(elements))
  }

  mutating func parseObject() throws(SyntaxError) -> Expression {
    let open = read().index
    try enter(at: open)
    defer { leave() }
    pushNewlines(false)
    let isFor = isKeyword(peek().index, "for")
    popNewlines()
    if isFor {
      pushNewlines(false)
      defer { popNewlines() }
      return try finishFor(open: open, object: true)
    }
    pushNewlines(true)
    defer { popNewlines() }
    var items: [ObjectItem] = []
    while true {
      let p = peek()
      if p.kind == .newline {
        read()
        continue
      }
      if p.kind == .closeBrace { break }
      let key = try parseExpression()
      let sep = peek()
      guard sep.kind == .equal || sep.kind == .colon else {
        switch sep.kind {
        case .newline, .comma:
          throw fail("Missing attribute value: expected an attribute value, introduced by an equals sign (\"=\")", at: sep.index)
        case .eof:
          throw fail("Unterminated object constructor expression: there is no corresponding closing brace before the end of the file", at: open)
        default:
          throw fail("Missing key/value separator: expected an equals sign (\"=\") to mark the beginning of the attribute value", at: sep.index)
        }
      }
      read()
      let value = try parseExpression()
      if buildsExpressions { items.append(ObjectItem(key: key, value: value)) }
      let after = peek()
      if after.kind == .closeBrace { break }
      guard after.kind == .comma || after.kind == .newline else {
        if after.kind == .eof {
          throw fail("Unterminated object constructor expression: there is no corresponding closing brace before the end of the file", at: open)
        }
        throw fail("Missing attribute separator: expected a newline or comma to mark the beginning of the next attribute", at: after.index)
      }
      read()
    }
    let close = read().index
    return node(open..<(close + 1), .object(items))
  }

  private mutating func finishFor(open: Int, object: Bool) throws(SyntaxError) -> Expression {
    read()  // for
    var name = peek()
    guard name.kind == .ident else {
      throw fail("Invalid 'for' expression: for expression requires variable name after 'for'", at: name.index)
    }
    read()
    var keyName: String?
    var valueName = text(name.index)
    if peek().kind == .comma {
      read()
      name = peek()
      guard name.kind == .ident else {
        throw fail("Invalid 'for' expression: for expression requires value variable name after comma", at: name.index)
      }
      read()
      keyName = valueName
      valueName = text(name.index)
    }
    guard isKeyword(peek().index, "in") else {
      throw fail("Invalid 'for' expression: for expression requires the 'in' keyword after its name declarations", at: peek().index)
    }
    read()
    let collection = try parseExpression()
    guard peek().kind == .colon else {
      throw fail("Invalid 'for' expression: for expression requires a colon after the collection expression", at: peek().index)
    }
    read()
    var key: Expression?
    var grouping = false
    if object {
      key = try parseExpression()
      guard peek().kind == .fatArrow else {
        throw fail("Invalid 'for' expression: key expression in 'for' expression must be followed by a fat arrow", at: peek().index)
      }
      read()
    }
    let value = try parseExpression()
    if object && peek().kind == .ellipsis {
      read()
      grouping = true
    }
    var condition: Expression?
    if isKeyword(peek().index, "if") {
      read()
      condition = try parseExpression()
    }
    let close = peek()
    let expected: TokenKind = object ? .closeBrace : .closeBracket
    guard close.kind == .closeBrace || close.kind == .closeBracket else {
      throw fail("Invalid 'for' expression: extra characters after the end of the 'for' expression", at: close.index)
    }
    guard close.kind == expected else {
      throw fail("Mismatched braces: the 'for' expression must end with \(expected)", at: close.index)
    }
    read()
    return node(
      open..<(close.index + 1),
      .forExpression(
        ForExpression(
          keyName: keyName, valueName: valueName, collection: collection, key: key, value: value,
          condition: condition, grouping: grouping)))
  }
}
