/// A body: the top level of a file, or the inside of a block.
public struct Body: Sendable {
  /// Attributes and blocks in source order.
  public var items: [BodyItem]

  /// Makes a body of `items`.
  public init(items: [BodyItem] = []) { self.items = items }

  /// The attributes of this body, in order.
  public var attributes: [AttributeSyntax] {
    items.compactMap { if case .attribute(let a) = $0 { return a } else { return nil } }
  }

  /// The blocks of this body, in order.
  public var blocks: [BlockSyntax] {
    items.compactMap { if case .block(let b) = $0 { return b } else { return nil } }
  }

  /// The attribute called `name`, if any.
  public func attribute(named name: String) -> AttributeSyntax? {
    for case .attribute(let a) in items where a.name == name { return a }
    return nil
  }

  /// The blocks of type `type`, optionally with the given first label.
  public func blocks(ofType type: String, label: String? = nil) -> [BlockSyntax] {
    blocks.filter { $0.type == type && (label == nil || $0.labels.first?.value == label) }
  }
}

/// One item of a body.
public enum BodyItem: Sendable {
  case attribute(AttributeSyntax)
  case block(BlockSyntax)
}

/// `name = expression`.
public struct AttributeSyntax: Sendable {
  /// The argument name.
  public var name: String
  /// Token index of the name.
  public var nameToken: Int
  /// Token index of the `=`.
  public var equalsToken: Int
  /// The value.
  public var expression: Expression
}

/// `type "label" ... { body }`.
public struct BlockSyntax: Sendable {
  /// The block type, such as `module` or `variable`.
  public var type: String
  /// Token index of the type.
  public var typeToken: Int
  /// The labels, in order.
  public var labels: [BlockLabel]
  /// Token index of the opening brace.
  public var openBrace: Int
  /// Token index of the closing brace.
  public var closeBrace: Int
  /// The content.
  public var body: Body

  /// The label values joined, for messages: `module "wandb_infra"`.
  public var displayName: String {
    ([type] + labels.map { "\"\($0.value ?? "")\"" }).joined(separator: " ")
  }
}

/// A block label: a quoted string or a bare identifier.
public struct BlockLabel: Sendable {
  /// Token indices the label spans (`"`, literal pieces, `"`; or one identifier).
  public var tokens: Range<Int>
  /// The decoded value; nil only when the label could not be decoded.
  public var value: String?
  /// Whether it was written as an identifier rather than a quoted string.
  public var isIdentifier: Bool
}

/// Binary operators, lowest precedence first.
public enum BinaryOperator: String, Sendable {
  case or = "||", and = "&&"
  case equal = "==", notEqual = "!="
  case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
  case add = "+", subtract = "-"
  case multiply = "*", divide = "/", modulo = "%"
}

/// An expression with the token range it covers.
public struct Expression: Sendable {
  /// What the expression is.
  public var kind: Kind
  /// Token indices covered, first token to last, half-open.
  public var tokens: Range<Int>

  /// Makes an expression.
  public init(_ kind: Kind, tokens: Range<Int>) {
    self.kind = kind
    self.tokens = tokens
  }

  /// The shapes an expression can take.
  public indirect enum Kind: Sendable {
    /// A number, kept as written.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// A quoted or heredoc template.
    case template(Template)
    /// A bare name: the root of a traversal such as `var` in `var.x`.
    case variable(String)
    /// `expr.name`.
    case getAttribute(Expression, String)
    /// `expr[key]`.
    case index(Expression, Expression)
    /// `expr.0`, the legacy index form.
    case legacyIndex(Expression, String)
    /// `expr.*` or `expr[*]`.
    case splat(Expression)
    /// `name(args)` or `name(args...)`.
    case call(name: String, arguments: [Expression], expandFinal: Bool)
    /// `[a, b]`.
    case tuple([Expression])
    /// `{ k = v }`.
    case object([ObjectItem])
    /// `c ? a : b`.
    case conditional(Expression, Expression, Expression)
    /// `a op b`.
    case binary(BinaryOperator, Expression, Expression)
    /// `-x`.
    case negate(Expression)
    /// `!x`.
    case not(Expression)
    /// `(x)`.
    case parenthesized(Expression)
    /// `[for ...]` or `{for ...}`.
    case forExpression(ForExpression)
  }
}

/// One `key = value` (or `key: value`) item of an object constructor.
public struct ObjectItem: Sendable {
  /// The key expression; a bare identifier is a literal key.
  public var key: Expression
  /// The value.
  public var value: Expression
}

/// A `for` expression.
public struct ForExpression: Sendable {
  /// The key variable, if two names were given.
  public var keyName: String?
  /// The value variable.
  public var valueName: String
  /// The collection iterated.
  public var collection: Expression
  /// The key result (object form only).
  public var key: Expression?
  /// The value result.
  public var value: Expression
  /// The `if` filter.
  public var condition: Expression?
  /// Whether the object form groups values (`...`).
  public var grouping: Bool
}

/// A template: a quoted string or a heredoc.
public struct Template: Sendable {
  /// The parts in order.
  public var parts: [TemplatePart]
  /// Whether this is a heredoc.
  public var isHeredoc: Bool

  /// The value when the template has no interpolations or directives.
  public var literalValue: String? {
    var out = ""
    for part in parts {
      guard case .literal(let text, _) = part else { return nil }
      out += text
    }
    return out
  }
}

/// A piece of a template.
public enum TemplatePart: Sendable {
  /// Literal text (escapes decoded) and the tokens it came from.
  case literal(String, tokens: Range<Int>)
  /// `${ expr }`.
  case interpolation(Expression)
  /// `%{ keyword expr }`: `if`, `else`, `endif`, `for`, `endfor`.
  case directive(keyword: String, expressions: [Expression])
}
