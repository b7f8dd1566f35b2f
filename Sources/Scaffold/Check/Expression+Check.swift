import HCL

extension Expression {
  /// The direct sub-expressions, in source order.
  var children: [Expression] {
    switch kind {
    case .number, .bool, .null, .variable: return []
    case .template(let template):
      var out: [Expression] = []
      for part in template.parts {
        switch part {
        case .literal: break
        case .interpolation(let e): out.append(e)
        case .directive(_, let es): out += es
        }
      }
      return out
    case .getAttribute(let e, _), .legacyIndex(let e, _), .splat(let e), .negate(let e), .not(let e),
      .parenthesized(let e):
      return [e]
    case .index(let e, let key): return [e, key]
    case .call(_, let arguments, _): return arguments
    case .tuple(let items): return items
    case .object(let items): return items.flatMap { [$0.key, $0.value] }
    case .conditional(let a, let b, let c): return [a, b, c]
    case .binary(_, let a, let b): return [a, b]
    case .forExpression(let f): return [f.collection, f.key, f.value, f.condition].compactMap { $0 }
    }
  }

  /// The first function call in this expression (depth first), if any.
  var firstCall: Expression? {
    if case .call = kind { return self }
    for child in children {
      if let call = child.firstCall { return call }
    }
    return nil
  }

  /// Whether a `for` expression occurs anywhere in this expression.
  var containsForExpression: Bool {
    if case .forExpression = kind { return true }
    return children.contains { $0.containsForExpression }
  }

  /// The sub-expression a mismatch path leads to, following tuple items and object
  /// keys as far as the source allows (the deepest one reached otherwise).
  func subexpression(at path: [TypeMismatch.Step]) -> Expression {
    var current = self
    for step in path {
      while case .parenthesized(let inner) = current.kind { current = inner }
      switch (step, current.kind) {
      case (.index(let i), .tuple(let items)) where items.indices.contains(i):
        current = items[i]
      case (.key(let key), .object):
        guard let value = current.member(key) else { return current }
        current = value
      default:
        return current
      }
    }
    return current
  }

  /// The value of key `key` in an object constructor (the last one, if written
  /// twice); nil when this is not an object or has no such key.
  public func member(_ key: String) -> Expression? {
    guard case .object(let items) = kind else { return nil }
    return items.last { Self.keyText($0.key) == key }?.value
  }

  /// The literal text of an object key: a bare name or a constant quoted string.
  private static func keyText(_ key: Expression) -> String? {
    switch key.kind {
    case .variable(let name): return name
    case .template(let template): return template.literalValue
    default: return nil
    }
  }

  /// `X` when this expression is exactly `var.X`.
  public var variableReferenceName: String? {
    guard case .getAttribute(let base, let name) = kind, case .variable("var") = base.kind else { return nil }
    return name
  }
}

extension Body {
  /// Calls `visit` for every attribute of this body and of its nested blocks, in source order.
  func forEachAttribute(_ visit: (AttributeSyntax) -> Void) {
    for item in items {
      switch item {
      case .attribute(let attribute): visit(attribute)
      case .block(let block): block.body.forEachAttribute(visit)
      }
    }
  }
}
