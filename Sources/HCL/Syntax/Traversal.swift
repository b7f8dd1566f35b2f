/// A reference written as a chain of names and constant indexes, such as
/// `module.wandb_infra.cluster_id` or `data.aws_eks_cluster.x.certificate_authority[0].data`,
/// with the expression of every prefix so that any part of it can be rewritten in place.
///
/// Unlike ``Reference``, which keeps only the static names, a traversal keeps its
/// indexes (`[0]` and the legacy `.0` both read as `.index("0")`), so a rewrite can
/// match a whole chain and replace exactly its bytes.
public struct Traversal: Sendable {
  /// One step after the root.
  public enum Step: Sendable, Equatable, CustomStringConvertible {
    /// `.name`.
    case attribute(String)
    /// `[0]`, `["key"]` or `.0`: a constant key, as its text (quotes removed).
    case index(String)
    /// `[*]`, `.*`, or an index that is not a constant.
    case other

    /// The step as HCL would write it after a traversal (`.name`, `[0]`, `[*]`).
    public var description: String {
      switch self {
      case .attribute(let name): ".\(name)"
      case .index(let key): Int(key) != nil ? "[\(key)]" : "[\(StringLiteral.quoted(key))]"
      case .other: "[*]"
      }
    }
  }

  /// The root name (`module`, `data`, `var`, ...).
  public var root: String
  /// The steps after the root, in source order.
  public var steps: [Step]
  /// `prefixes[i]` is the expression of the root and the first `i` steps;
  /// `prefixes.last` is the whole traversal.
  public var prefixes: [Expression]

  /// The whole traversal.
  public var expression: Expression { prefixes[prefixes.count - 1] }

  /// The names of the leading attribute steps (`["wandb_infra", "cluster_id"]` for
  /// `module.wandb_infra.cluster_id[0]`).
  public var leadingNames: [String] {
    var names: [String] = []
    for case .attribute(let name) in steps.prefix(while: { if case .attribute = $0 { true } else { false } }) {
      names.append(name)
    }
    return names
  }
}

extension Expression {
  /// Every traversal in this expression and its sub-expressions, longest first where
  /// they nest (`a.b[c.d]` gives `a.b[c.d]` and then `c.d`), in source order otherwise.
  public var traversals: [Traversal] {
    var out: [Traversal] = []
    collectTraversals(into: &out)
    return out
  }

  private func collectTraversals(into out: inout [Traversal]) {
    switch kind {
    case .variable, .getAttribute, .legacyIndex, .index, .splat:
      var prefixes: [Expression] = []
      var steps: [Traversal.Step] = []
      var e = self
      var dynamicKeys: [Expression] = []
      while true {
        prefixes.append(e)
        switch e.kind {
        case .getAttribute(let base, let name):
          steps.append(.attribute(name))
          e = base
          continue
        case .legacyIndex(let base, let key):
          steps.append(.index(key))
          e = base
          continue
        case .splat(let base):
          steps.append(.other)
          e = base
          continue
        case .index(let base, let key):
          steps.append(key.constantKey.map(Traversal.Step.index) ?? .other)
          dynamicKeys.append(key)
          e = base
          continue
        case .variable(let root):
          out.append(Traversal(root: root, steps: steps.reversed(), prefixes: prefixes.reversed()))
        default:
          e.collectTraversals(into: &out)
        }
        break
      }
      for key in dynamicKeys.reversed() { key.collectTraversals(into: &out) }
    case .object(let items):
      // A bare name as a key is a literal key, not a reference.
      for item in items {
        if case .variable = item.key.kind {} else { item.key.collectTraversals(into: &out) }
        item.value.collectTraversals(into: &out)
      }
    default:
      for child in children { child.collectTraversals(into: &out) }
    }
  }

  /// A number or a plain string used as an index key, as its text.
  private var constantKey: String? {
    switch kind {
    case .number(let text): return text
    case .template(let t) where !t.isHeredoc: return t.literalValue
    default: return nil
    }
  }

  /// The direct sub-expressions (for a traversal: its base and index keys).
  public var children: [Expression] {
    switch kind {
    case .number, .bool, .null, .variable: return []
    case .getAttribute(let base, _), .legacyIndex(let base, _), .splat(let base): return [base]
    case .index(let base, let key): return [base, key]
    case .template(let t):
      return t.parts.flatMap { part -> [Expression] in
        switch part {
        case .literal: []
        case .interpolation(let e): [e]
        case .directive(_, let es): es
        }
      }
    case .call(_, let arguments, _): return arguments
    case .tuple(let items): return items
    case .object(let items): return items.flatMap { [$0.key, $0.value] }
    case .conditional(let a, let b, let c): return [a, b, c]
    case .binary(_, let a, let b): return [a, b]
    case .negate(let e), .not(let e), .parenthesized(let e): return [e]
    case .forExpression(let f): return [f.collection, f.value] + [f.key, f.condition].compactMap { $0 }
    }
  }
}

extension Body {
  /// Every argument's value in this body and in the bodies of its blocks, at any depth,
  /// in source order.
  public var allExpressions: [Expression] {
    var out: [Expression] = []
    for item in items {
      switch item {
      case .attribute(let attribute): out.append(attribute.expression)
      case .block(let block): out += block.body.allExpressions
      }
    }
    return out
  }
}
