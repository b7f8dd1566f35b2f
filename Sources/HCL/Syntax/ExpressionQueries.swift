/// A reference found in an expression, such as `var.region` or `module.wandb_infra.url`.
public struct Reference: Sendable, Equatable {
  /// The root name: `var`, `module`, `data`, `local`, ...
  public var root: String
  /// The attribute names after the root, as far as they are static.
  public var path: [String]
  /// Token index of the root identifier.
  public var token: Int

  /// `root.path...` joined with dots.
  public var dotted: String { ([root] + path).joined(separator: ".") }
}

extension Expression {
  /// Every reference in this expression and its sub-expressions, in source order.
  ///
  /// Names bound by `for` expressions and directives are still reported; callers
  /// that care filter by root (`var`, `module`, ...), which `for` cannot rebind usefully.
  public var references: [Reference] {
    // A reference is a traversal seen by its static names only.
    traversals.map { Reference(root: $0.root, path: $0.leadingNames, token: $0.prefixes[0].tokens.lowerBound) }
  }
}

extension SyntaxTree {
  /// The constant value of an expression: strings without interpolation, numbers,
  /// bools, null, and tuples/objects of those (object keys must be names or
  /// constant strings). Nil for anything that needs evaluation.
  public func constantValue(of expression: Expression) -> Value? {
    switch expression.kind {
    case .number(let n): return .number(n)
    case .bool(let b): return .bool(b)
    case .null: return .null
    case .template(let t):
      guard let s = t.literalValue else { return nil }
      return .string(s)
    case .negate(let inner):
      if case .number(let n) = inner.kind { return .number("-" + n) }
      return nil
    case .parenthesized(let inner):
      return constantValue(of: inner)
    case .tuple(let items):
      var values: [Value] = []
      for item in items {
        guard let v = constantValue(of: item) else { return nil }
        values.append(v)
      }
      return .list(values)
    case .object(let items):
      var entries: [ObjectEntry] = []
      for item in items {
        let key: String
        switch item.key.kind {
        case .variable(let name): key = name
        case .template(let t):
          guard let s = t.literalValue else { return nil }
          key = s
        default: return nil
        }
        guard let v = constantValue(of: item.value) else { return nil }
        entries.append(ObjectEntry(key, v))
      }
      return .object(entries)
    default:
      return nil
    }
  }
}
