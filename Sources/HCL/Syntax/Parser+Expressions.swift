extension Parser {
  private static func binaryOperator(_ kind: TokenKind, level: Int) -> BinaryOperator? {
    switch (level, kind) {
    case (0, .or): return .or
    case (1, .and): return .and
    case (2, .equalOp): return .equal
    case (2, .notEqual): return .notEqual
    case (3, .lessThan): return .less
    case (3, .lessThanEq): return .lessOrEqual
    case (3, .greaterThan): return .greater
    case (3, .greaterThanEq): return .greaterOrEqual
    case (4, .plus): return .add
    case (4, .minus): return .subtract
    case (5, .star): return .multiply
    case (5, .slash): return .divide
    case (5, .percent): return .modulo
    default: return nil
    }
  }

  /// Expression = conditional.
  mutating func parseExpression() throws(SyntaxError) -> Expression {
    let start = peek().index
    try enter(at: start)
    defer { leave() }
    let condition = try parseBinary(level: 0)
    guard peek().kind == .question else { return condition }
    read()
    let whenTrue = try parseExpression()
    let colon = peek()
    guard colon.kind == .colon else {
      throw fail("Missing false expression in conditional: the conditional operator (...?...:...) requires a false expression, delimited by a colon", at: colon.index)
    }
    read()
    let whenFalse = try parseExpression()
    return node(
      condition.tokens.lowerBound..<whenFalse.tokens.upperBound, .conditional(condition, whenTrue, whenFalse))
  }

  private mutating func parseBinary(level: Int) throws(SyntaxError) -> Expression {
    if level == 6 { return try parseTermWithTraversals() }
    var lhs = try parseBinary(level: level + 1)
    while let op = Parser.binaryOperator(peek().kind, level: level) {
      read()
      let rhs = try parseBinary(level: level + 1)
      lhs = node(lhs.tokens.lowerBound..<rhs.tokens.upperBound, .binary(op, lhs, rhs))
    }
    return lhs
  }

  private mutating func parseTermWithTraversals() throws(SyntaxError) -> Expression {
    let term = try parseTerm()
    return try parseTraversals(from: term)
  }

  private mutating func parseTerm() throws(SyntaxError) -> Expression {
    let start = peek()
    switch start.kind {
    case .openParen:
      read()
      pushNewlines(false)
      defer { popNewlines() }
      let inner = try parseExpression()
      let close = peek()
      guard close.kind == .closeParen else {
        throw fail("Unbalanced parentheses: expected a closing parenthesis to terminate the expression", at: close.index)
      }
      read()
      return node(start.index..<(close.index + 1), .parenthesized(inner))
    case .numberLit:
      read()
      guard StringLiteral.isValidNumber(source[tokens[start.index].range]) else {
        throw fail("Invalid number literal: failed to recognize the value of this number literal", at: start.index)
      }
      return node(start.index..<(start.index + 1), .number(self.text(start.index)))
    case .ident:
      return try parseIdentifierTerm()
    case .openQuote:
      return try parseQuotedTemplate()
    case .openHeredoc:
      return try parseHeredocTemplate()
    case .minus, .bang:
      read()
      try enter(at: start.index)
      defer { leave() }
      let operand = try parseTermWithTraversals()
      return node(
        start.index..<operand.tokens.upperBound, start.kind == .minus ? .negate(operand) : .not(operand))
    case .openBracket:
      return try parseTuple()
    case .openBrace:
      return try parseObject()
    case .eof:
      throw fail("Missing expression: expected the start of an expression, but found the end of the file", at: start.index)
    default:
      throw fail("Invalid expression: expected the start of an expression, but found \(start.kind)", at: start.index)
    }
  }

  private mutating func parseIdentifierTerm() throws(SyntaxError) -> Expression {
    let ident = read().index
    var callName = buildsExpressions ? text(ident) : ""
    var p = peek()
    if p.kind == .doubleColon {
      while p.kind == .doubleColon {
        read()
        let part = peek()
        guard part.kind == .ident else {
          throw fail("Missing function name: a function name is required after \"::\"", at: part.index)
        }
        read()
        if buildsExpressions { callName += "::" + text(part.index) }
        p = peek()
      }
      guard p.kind == .openParen else {
        throw fail("Missing function call: a namespaced name must be followed by a function call", at: p.index)
      }
    }
    if p.kind == .openParen {
      return try finishCall(name: callName, start: ident)
    }
    guard buildsExpressions else { return Expression(.null, tokens: ident..<(ident + 1)) }
    switch callName {
    case "true": return Expression(.bool(true), tokens: ident..<(ident + 1))
    case "false": return Expression(.bool(false), tokens: ident..<(ident + 1))
    case "null": return Expression(.null, tokens: ident..<(ident + 1))
    default: return Expression(.variable(callName), tokens: ident..<(ident + 1))
    }
  }

  private mutating func finishCall(name: String, start: Int) throws(SyntaxError) -> Expression {
    let open = read().index
    try enter(at: open)
    defer { leave() }
    pushNewlines(false)
    defer { popNewlines() }
    var arguments: [Expression] = []
    var expandFinal = false
    while true {
      if peek().kind == .closeParen { break }
      if peek().kind == .eof { throw unterminatedCall(start) }
      let argument = try parseExpression()
      if buildsExpressions { arguments.append(argument) }
      let p = peek()
      if p.kind == .closeParen { break }
      if p.kind == .ellipsis {
        read()
        expandFinal = true
        guard peek().kind == .closeParen else {
          throw fail("Missing closing parenthesis: an expanded function argument (with ...) must be immediately followed by closing parentheses", at: peek().index)
        }
        break
      }
      if p.kind == .eof { throw unterminatedCall(start) }
      guard p.kind == .comma else {
        throw fail("Missing argument separator: a comma is required to separate each function argument from the next", at: p.index)
      }
      read()
    }
    let close = read().index
    if tokens[close].kind != .closeParen { throw unterminatedCall(start) }
    return node(start..<(close + 1), .call(name: name, arguments: arguments, expandFinal: expandFinal))
  }

  private func unterminatedCall(_ name: Int) -> SyntaxError {
    fail("Unterminated function call: there is no closing parenthesis for this function call before the end of the file", at: name)
  }

  private mutating func parseTraversals(from source: Expression) throws(SyntaxError) -> Expression {
    var expr = source
    let start = source.tokens.lowerBound
    // After `.*` only `.name` and `.0` steps belong to that attribute-only splat,
    // until a bracket ends it; another `.*` there is an error.
    var inAttributeSplat = false
    while true {
      let p = peek()
      switch p.kind {
      case .dot:
        read()
        let name = peek()
        switch name.kind {
        case .ident:
          read()
          expr = node(start..<(name.index + 1), .getAttribute(expr, self.text(name.index)))
        case .numberLit:
          read()
          let digits = self.text(name.index)
          guard !digits.contains(".") else {
            throw fail("Invalid legacy index syntax: when using the legacy index syntax, chaining two indexes together is not permitted; use the index syntax, like [0][1]", at: name.index)
          }
          guard StringLiteral.isValidNumber(self.source[tokens[name.index].range]) else {
            throw fail("Invalid number literal: failed to recognize the value of this number literal", at: name.index)
          }
          expr = node(start..<(name.index + 1), .legacyIndex(expr, digits))
        case .star:
          if inAttributeSplat {
            throw fail("Nested splat expression not allowed: a splat expression (*) cannot be used inside another attribute-only splat expression", at: name.index)
          }
          read()
          inAttributeSplat = true
          expr = node(start..<(name.index + 1), .splat(expr))
        default:
          throw fail("Invalid attribute name: an attribute name is required after a dot", at: name.index)
        }
      case .openBracket:
        inAttributeSplat = false
        read()
        try enter(at: p.index)
        defer { leave() }
        pushNewlines(false)
        defer { popNewlines() }
        if peek().kind == .star {
          read()
          let close = peek()
          guard close.kind == .closeBracket else {
            throw fail("Missing close bracket on splat index: the splat operator must end with a closing bracket (\"]\")", at: close.index)
          }
          read()
          expr = node(start..<(close.index + 1), .splat(expr))
        } else {
          let key = try parseExpression()
          let close = peek()
          guard close.kind == .closeBracket else {
            throw fail("Missing close bracket on index: the index operator must end with a closing bracket (\"]\")", at: close.index)
          }
          read()
          expr = node(start..<(close.index + 1), .index(expr, key))
        }
      default:
        return expr
      }
    }
  }
}
