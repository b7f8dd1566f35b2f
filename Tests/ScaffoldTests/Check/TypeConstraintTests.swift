import HCL
import Testing

@testable import Scaffold

@Suite("TypeConstraint")
struct TypeConstraintTests {
  /// Parses the `type` argument of `variable "v" { type = <text> }`.
  static func parse(_ text: String) throws -> Result<TypeConstraint, TypeConstraintError> {
    let tree = SyntaxTree("variable \"v\" {\n  type = \(text)\n}\n")
    try #require(tree.isValid)
    let block = try #require(tree.body.blocks(ofType: "variable").first)
    let attribute = try #require(block.body.attribute(named: "type"))
    return TypeConstraint.parse(attribute.expression, in: tree)
  }

  static let valid: [(String, TypeConstraint)] = [
    ("string", .string),
    ("number", .number),
    ("bool", .bool),
    ("any", .any),
    ("list(string)", .list(.string)),
    ("set(number)", .set(.number)),
    ("map(bool)", .map(.bool)),
    ("list(list(any))", .list(.list(.any))),
    ("tuple([string, number])", .tuple([.string, .number])),
    ("tuple([])", .tuple([])),
    ("object({})", .object([])),
    (
      "object({ name = string, port = optional(number, 8080), tags = optional(map(string)) })",
      .object([
        .init("name", .string),
        .init("port", .number, isOptional: true, defaultValue: .number("8080")),
        .init("tags", .map(.string), isOptional: true),
      ])
    ),
    (
      "list(object({rolearn = string, username = string, groups = list(string)}))",
      .list(.object([.init("rolearn", .string), .init("username", .string), .init("groups", .list(.string))]))
    ),
    // Legacy forms a variable block still accepts (bare) or reports (quoted).
    ("list", .list(.any)),
    ("map", .map(.any)),
    ("\"string\"", .string),
    ("\"list\"", .list(.any)),
    ("\"map\"", .map(.any)),
    ("(string)", .string),
  ]

  @Test("parses type expressions", arguments: valid)
  func parses(text: String, expected: TypeConstraint) throws {
    #expect(try Self.parse(text).get() == expected)
  }

  static let invalid: [(String, String)] = [
    ("set", "The set type constructor requires one argument specifying the element type"),
    ("list(string, number)", "The list type constructor requires one argument specifying the element type"),
    ("optional(string)", "Keyword \"optional\" is valid only as a modifier for object type attributes"),
    ("strng", "The keyword \"strng\" is not a valid type specification"),
    ("lists(string)", "Keyword \"lists\" is not a valid type constructor"),
    ("object({ \"a b\" = string })", "Object constructor map keys must be attribute names"),
    ("tuple(string)", "The tuple type constructor requires a list of element types"),
    (
      "object(string)",
      "The object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types"
    ),
    (
      "\"strings\"",
      "Invalid legacy variable type hint: the type argument must be a type expression, such as string, list(string) or map(string)"
    ),
    (
      "1",
      "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string)"
    ),
    (
      "object({ a = optional(list(string), \"x\") })",
      "Invalid default value for optional attribute \"a\": list of string required"
    ),
  ]

  @Test("rejects what Terraform rejects, in its words", arguments: invalid)
  func rejects(text: String, message: String) throws {
    switch try Self.parse(text) {
    case .success(let type): Issue.record("parsed \(text) as \(type)")
    case .failure(let error): #expect(error.message == message)
    }
  }

  @Test("points errors at the offending part")
  func errorPosition() throws {
    let tree = SyntaxTree("variable \"v\" {\n  type = list(object({ a = strng }))\n}\n")
    let block = try #require(tree.body.blocks.first)
    let attribute = try #require(block.body.attribute(named: "type"))
    guard case .failure(let error) = TypeConstraint.parse(attribute.expression, in: tree) else {
      Issue.record("expected a failure")
      return
    }
    #expect(tree.position(of: error.token) == SourcePosition(line: 2, column: 28))
  }

  @Test(
    "renders canonically and round-trips through text",
    arguments: [
      "string", "list(string)", "map(list(number))", "set(bool)", "tuple([string, bool])",
      "object({name = string, port = optional(number, 8080), tags = optional(map(string))})",
      "list(object({rolearn = string, username = string, groups = list(string)}))",
      "object({a = optional(list(string), [\"x\"]), b = optional(object({c = bool}), {c = true})})",
    ])
  func rendersAndRoundTrips(text: String) throws {
    let type = try TypeConstraint(parsing: text)
    #expect(type.description == text)
    #expect(try TypeConstraint(parsing: type.description) == type)
  }

  @Test("parses every input type recorded in the catalogue")
  func catalogueTypes() throws {
    let catalog = try CatalogFixture.catalog()
    // Each distinct type once: the same declaration repeats over many releases.
    var types: [String: String] = [:]
    for module in catalog.modules.values {
      for interface in module.interfaces.values {
        for input in interface.inputs { types[input.type] = "\(module.source) \(input.name)" }
      }
    }
    for (type, example) in types.sorted(by: { $0.key < $1.key }) {
      #expect(throws: Never.self, "\(example): \(type)") { _ = try TypeConstraint(parsing: type) }
    }
    #expect(types.count > 10)
  }

  @Test("friendly names follow Terraform's messages")
  func friendlyNames() {
    #expect(TypeConstraint.list(.string).friendlyName == "list of string")
    #expect(TypeConstraint.map(.list(.number)).friendlyName == "map of list of number")
    #expect(TypeConstraint.set(.any).friendlyName == "set of any type")
    #expect(TypeConstraint.object([]).friendlyName == "object")
    #expect(TypeConstraint.tuple([.string]).friendlyName == "tuple")
  }
}
