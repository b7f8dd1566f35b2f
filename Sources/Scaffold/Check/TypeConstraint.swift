import HCL

/// A Terraform type constraint, such as `string`, `list(string)` or
/// `object({ name = string, port = optional(number, 8080) })`.
///
/// Parsed from the `type` expression of a `variable` block (``parse(_:in:)``) or
/// from the type text the module catalogue records (``init(parsing:)``), and
/// checked against constant values with ``mismatch(for:nullable:)``.
public indirect enum TypeConstraint: Sendable, Equatable, CustomStringConvertible {
  /// `string`.
  case string
  /// `number`.
  case number
  /// `bool`.
  case bool
  /// `any`: the type is decided by the value.
  case any
  /// `list(T)`.
  case list(TypeConstraint)
  /// `set(T)`.
  case set(TypeConstraint)
  /// `map(T)`.
  case map(TypeConstraint)
  /// `tuple([T, ...])`.
  case tuple([TypeConstraint])
  /// `object({ name = T, ... })`, attributes in source order.
  case object([ObjectAttribute])

  /// One attribute of an `object(...)` type.
  public struct ObjectAttribute: Sendable, Equatable {
    /// The attribute name.
    public var name: String
    /// The attribute type.
    public var type: TypeConstraint
    /// Whether it was written `optional(T)` or `optional(T, default)`.
    public var isOptional: Bool
    /// The default of `optional(T, default)`, if one was given.
    public var defaultValue: Value?

    /// Makes an attribute; optional ones may carry a default.
    public init(
      _ name: String, _ type: TypeConstraint, isOptional: Bool = false, defaultValue: Value? = nil
    ) {
      self.name = name
      self.type = type
      self.isOptional = isOptional
      self.defaultValue = defaultValue
    }
  }

  /// The constraint in Terraform syntax: `list(object({name = string}))`.
  public var description: String {
    switch self {
    case .string: return "string"
    case .number: return "number"
    case .bool: return "bool"
    case .any: return "any"
    case .list(let element): return "list(\(element))"
    case .set(let element): return "set(\(element))"
    case .map(let element): return "map(\(element))"
    case .tuple(let elements): return "tuple([" + elements.map(\.description).joined(separator: ", ") + "])"
    case .object(let attributes):
      let parts = attributes.map { attribute -> String in
        guard attribute.isOptional else { return "\(attribute.name) = \(attribute.type)" }
        let extra = attribute.defaultValue.map { ", " + Self.compact($0) } ?? ""
        return "\(attribute.name) = optional(\(attribute.type)\(extra))"
      }
      return "object({" + parts.joined(separator: ", ") + "})"
    }
  }

  /// The short name Terraform uses in "... required" messages: `list of string`, `object`.
  public var friendlyName: String {
    switch self {
    case .string, .number, .bool: return description
    case .any: return "any type"
    case .list(let element): return "list of \(element.friendlyName)"
    case .set(let element): return "set of \(element.friendlyName)"
    case .map(let element): return "map of \(element.friendlyName)"
    case .tuple: return "tuple"
    case .object: return "object"
    }
  }

  /// Whether this is `string`, `number` or `bool`.
  public var isPrimitive: Bool {
    switch self {
    case .string, .number, .bool: return true
    default: return false
    }
  }

  /// A value on one line, for type descriptions and hints: `["a", 1]`, `{a = 1}`.
  static func compact(_ value: Value) -> String {
    switch value {
    case .list(let items): return "[" + items.map(compact).joined(separator: ", ") + "]"
    case .object(let entries):
      return "{" + entries.map { "\($0.renderedKey) = \(compact($0.value))" }.joined(separator: ", ") + "}"
    default: return value.rendered()
    }
  }
}

/// Why a type expression is not a valid type constraint, and where.
public struct TypeConstraintError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The message, in Terraform's words where it has them.
  public var message: String
  /// Token index (in the tree that was parsed) of the offending expression.
  public var token: Int

  /// Makes an error.
  public init(_ message: String, token: Int) {
    self.message = message
    self.token = token
  }

  /// The message.
  public var description: String { message }
}

extension TypeConstraint {
  /// Parses the `type` expression of a `variable` block.
  ///
  /// Accepts Terraform's type syntax plus the legacy forms `variable` blocks
  /// allow: bare `list` and `map` (meaning `list(any)` and `map(any)`) and the
  /// quoted pre-0.12 `"string"`, `"list"` and `"map"` (which Terraform now
  /// rejects; callers report that separately, see ``isQuotedLegacy(_:)``).
  ///
  /// - Returns: the type, or the first problem found.
  public static func parse(
    _ expression: Expression, in tree: SyntaxTree
  ) -> Result<TypeConstraint, TypeConstraintError> {
    switch expression.kind {
    case .template(let template):
      guard let text = template.literalValue else { break }
      switch text {
      case "string": return .success(.string)
      case "list": return .success(.list(.any))
      case "map": return .success(.map(.any))
      default:
        return .failure(
          TypeConstraintError(
            "Invalid legacy variable type hint: the type argument must be a type expression, "
              + "such as string, list(string) or map(string)",
            token: expression.tokens.lowerBound))
      }
    case .variable("list"): return .success(.list(.any))
    case .variable("map"): return .success(.map(.any))
    default: break
    }
    do {
      return .success(try TypeExpressionParser(tree: tree).type(of: expression))
    } catch {
      return .failure(error)
    }
  }

  /// Whether a `type` expression is a quoted pre-0.12 type such as `"string"`.
  public static func isQuotedLegacy(_ expression: Expression) -> Bool {
    if case .template = expression.kind { return true }
    return false
  }

  /// Parses a type written as text, such as `list(string)` from the module catalogue.
  ///
  /// - Throws: ``TypeConstraintError`` if the text is not a type expression.
  public init(parsing text: String) throws(TypeConstraintError) {
    let tree = SyntaxTree("type = " + text + "\n")
    guard tree.isValid, let attribute = tree.body.attribute(named: "type") else {
      throw TypeConstraintError("\"\(text)\" is not a type expression", token: 0)
    }
    self = try TypeExpressionParser(tree: tree).type(of: attribute.expression)
  }
}

/// Recursive descent over an already-parsed expression, following HCL's `typeexpr`.
private struct TypeExpressionParser {
  let tree: SyntaxTree

  func type(of expression: Expression) throws(TypeConstraintError) -> TypeConstraint {
    func fail(_ message: String) -> TypeConstraintError {
      TypeConstraintError(message, token: expression.tokens.lowerBound)
    }
    switch expression.kind {
    case .parenthesized(let inner):
      return try type(of: inner)
    case .variable(let keyword):
      switch keyword {
      case "string": return .string
      case "number": return .number
      case "bool": return .bool
      case "any": return .any
      case "list", "map", "set":
        throw fail("The \(keyword) type constructor requires one argument specifying the element type")
      case "object":
        throw fail("The object type constructor requires one argument specifying the attribute types as a map")
      case "tuple":
        throw fail("The tuple type constructor requires one argument specifying the element types as a list")
      case "optional":
        throw fail("Keyword \"optional\" is valid only as a modifier for object type attributes")
      default:
        throw fail("The keyword \"\(keyword)\" is not a valid type specification")
      }
    case .call(let name, let arguments, _):
      return try constructor(name, arguments, fail)
    default:
      throw fail(
        "A type specification is either a primitive type keyword (bool, number, string) "
          + "or a complex type constructor call, like list(string)")
    }
  }

  private func constructor(
    _ name: String, _ arguments: [Expression], _ fail: (String) -> TypeConstraintError
  ) throws(TypeConstraintError) -> TypeConstraint {
    switch name {
    case "list", "set", "map":
      guard arguments.count == 1 else {
        throw fail("The \(name) type constructor requires one argument specifying the element type")
      }
      let element = try type(of: arguments[0])
      return name == "list" ? .list(element) : name == "set" ? .set(element) : .map(element)
    case "tuple":
      guard arguments.count == 1, case .tuple(let items) = arguments[0].kind else {
        throw fail("The tuple type constructor requires a list of element types")
      }
      var elements: [TypeConstraint] = []
      for item in items { elements.append(try type(of: item)) }
      return .tuple(elements)
    case "object":
      guard arguments.count == 1, case .object(let items) = arguments[0].kind else {
        throw fail(
          "The object type constructor requires a map whose keys are attribute names "
            + "and whose values are the corresponding attribute types")
      }
      var attributes: [TypeConstraint.ObjectAttribute] = []
      for item in items { attributes.append(try attribute(item)) }
      return .object(attributes)
    case "optional":
      throw fail("Keyword \"optional\" is valid only as a modifier for object type attributes")
    default:
      throw fail("Keyword \"\(name)\" is not a valid type constructor")
    }
  }

  private func attribute(_ item: ObjectItem) throws(TypeConstraintError) -> TypeConstraint.ObjectAttribute {
    guard case .variable(let name) = item.key.kind else {
      throw TypeConstraintError(
        "Object constructor map keys must be attribute names", token: item.key.tokens.lowerBound)
    }
    guard case .call("optional", let arguments, _) = item.value.kind else {
      return .init(name, try type(of: item.value))
    }
    guard arguments.count == 1 || arguments.count == 2 else {
      throw TypeConstraintError(
        "Optional attribute modifier expects at most two arguments: the attribute type, "
          + "and a default value", token: item.value.tokens.lowerBound)
    }
    let attributeType = try type(of: arguments[0])
    guard arguments.count == 2 else { return .init(name, attributeType, isOptional: true) }
    // A default that is not constant cannot be checked here (Terraform rejects it later).
    guard let value = tree.constantValue(of: arguments[1]) else {
      return .init(name, attributeType, isOptional: true)
    }
    if let mismatch = attributeType.mismatch(for: value) {
      throw TypeConstraintError(
        "Invalid default value for optional attribute \"\(name)\": \(mismatch.reason)",
        token: arguments[1].tokens.lowerBound)
    }
    return .init(name, attributeType, isOptional: true, defaultValue: value)
  }
}
