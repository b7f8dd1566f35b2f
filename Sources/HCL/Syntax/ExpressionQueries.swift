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
    var out: [Reference] = []
    collectReferences(into: &out)
    return out
  }

  private func collectReferences(into out: inout [Reference]) {
    switch kind {
    case .variable(let name):
      out.append(Reference(root: name, path: [], token: tokens.lowerBound))
    case .getAttribute, .legacyIndex, .index, .splat:
      if let (root, path, token) = staticTraversal() {
        out.append(Reference(root: root, path: path, token: token))
      }
      for child in traversalOperands { child.collectReferences(into: &out) }
    case .number, .bool, .null:
      break
    case .template(let t):
      for part in t.parts {
        switch part {
        case .literal: break
        case .interpolation(let e): e.collectReferences(into: &out)
        case .directive(_, let es): for e in es { e.collectReferences(into: &out) }
        }
      }
    case .call(_, let args, _):
      for a in args { a.collectReferences(into: &out) }
    case .tuple(let items):
      for i in items { i.collectReferences(into: &out) }
    case .object(let items):
      for i in items {
        if case .variable = i.key.kind {} else { i.key.collectReferences(into: &out) }
        i.value.collectReferences(into: &out)
      }
    case .conditional(let a, let b, let c):
      for e in [a, b, c] { e.collectReferences(into: &out) }
    case .binary(_, let a, let b):
      a.collectReferences(into: &out)
      b.collectReferences(into: &out)
    case .negate(let e), .not(let e), .parenthesized(let e):
      e.collectReferences(into: &out)
    case .forExpression(let f):
      for e in [f.collection, f.value] + [f.key, f.condition].compactMap({ $0 }) {
        e.collectReferences(into: &out)
      }
    }
  }

  /// Sub-expressions of a traversal that are not part of its static path (index keys).
  private var traversalOperands: [Expression] {
    var out: [Expression] = []
    var e = self
    while true {
      switch e.kind {
      case .getAttribute(let s, _), .legacyIndex(let s, _), .splat(let s):
        e = s
      case .index(let s, let key):
        out.append(key)
        e = s
      case .variable:
        return out
      default:
        out.append(e)
        return out
      }
    }
  }

  /// For `root.a.b` (possibly with indexes after the static part), the root, the
  /// static attribute path and the root's token. Nil when the traversal does not
  /// start at a bare name.
  private func staticTraversal() -> (String, [String], Int)? {
    var names: [String] = []
    var e = self
    while true {
      switch e.kind {
      case .getAttribute(let s, let name):
        names.append(name)
        e = s
      case .legacyIndex(let s, _), .splat(let s), .index(let s, _):
        names.removeAll()
        e = s
      case .variable(let root):
        return (root, names.reversed(), e.tokens.lowerBound)
      default:
        return nil
      }
    }
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
