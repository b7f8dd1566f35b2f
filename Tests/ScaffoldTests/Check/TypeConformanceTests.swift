import HCL
import Testing

@testable import Scaffold

/// Conformance follows Terraform's conversions; every row was compared with
/// `terraform plan` (1.11) on a variable of that type set from terraform.tfvars.
@Suite("TypeConformance")
struct TypeConformanceTests {
  struct Row: CustomTestStringConvertible, Sendable {
    var type: String
    var value: String
    /// `nil` when the value fits; else the path from the root `v` and the reason.
    var problem: String?
    var nullable = true
    var testDescription: String { "\(type) <- \(value)" }
  }

  static func row(_ type: String, _ value: String, _ problem: String? = nil, nullable: Bool = true) -> Row {
    Row(type: type, value: value, problem: problem, nullable: nullable)
  }

  static let rows: [Row] = [
    // Primitives and their conversions.
    row("string", "\"x\""),
    row("string", "12"),
    row("string", "true"),
    row("string", "[\"x\"]", "v: string required"),
    row("string", "{}", "v: string required"),
    row("number", "-1.5e3"),
    row("number", "\"1e3\""),
    row("number", "\".5\""),
    row("number", "\"0x10\"", "v: a number is required"),
    row("number", "\" 1\"", "v: a number is required"),
    row("number", "true", "v: number required"),
    row("bool", "\"true\""),
    row("bool", "\"1\""),
    row("bool", "\"0\""),
    row("bool", "\"yes\"", "v: a bool is required"),
    row("bool", "1", "v: bool required"),
    // Null fits anything, unless the variable is not nullable.
    row("list(string)", "null"),
    row("list(string)", "null", "v: a null value is not allowed (nullable = false)", nullable: false),
    row("list(string)", "[null]"),
    row("object({a = string})", "{ a = null }"),
    // Lists, sets and tuples.
    row("list(string)", "\"0.0.0.0/0\"", "v: list of string required"),
    row("list(string)", "[\"a\", 1, true]"),
    row("list(string)", "[\"a\", {}]", "v[1]: string required"),
    row("list(number)", "[1, \"two\"]", "v[1]: a number is required"),
    row("set(string)", "[\"a\", \"a\"]"),
    row("set(string)", "{ a = 1 }", "v: set of string required"),
    row("list(any)", "[\"a\", 1]"),
    row("list(any)", "[1, true, \"x\"]"),
    row("list(any)", "[1, true]", "v: all list elements must have the same type"),
    row("list(any)", "[{ a = 1 }, \"x\"]", "v: all list elements must have the same type"),
    row("list(any)", "[[1], { a = 1 }]", "v: all list elements must have the same type"),
    row("list(any)", "[{ a = 1 }, { b = 2 }]"),
    row("list(any)", "[[1], [\"a\", \"b\"]]"),
    row("set(any)", "[1, false]", "v: all set elements must have the same type"),
    row("tuple([string, number])", "[\"a\", 1]"),
    row("tuple([string, number])", "[\"a\"]", "v: tuple of 2 elements required"),
    row("tuple([string, number])", "[\"a\", \"b\"]", "v[1]: a number is required"),
    row("tuple([string])", "\"a\"", "v: tuple required"),
    // Maps and objects.
    row("map(string)", "{ a = 1, b = true }"),
    row("map(string)", "{ a = [1] }", "v.a: string required"),
    row("map(string)", "{ \"a b\" = [1] }", "v[\"a b\"]: string required"),
    row("map(string)", "[\"x\"]", "v: map of string required"),
    row("map(any)", "{ a = 1, b = true }", "v: all map elements must have the same type"),
    row("map(any)", "{ a = 1 }"),
    row("object({a = string})", "{ a = \"x\", extra = 1 }"),
    row("object({a = string})", "{ \"a\" = \"x\" }"),
    row("object({a = string})", "{ a = [1] }", "v.a: string required"),
    row("object({a = string})", "[]", "v: object required"),
    row("object({a = string, b = number, c = bool})", "{ b = 1 }", "v: attributes \"a\" and \"c\" are required"),
    row("object({a = string, b = number, c = bool})", "{}", "v: attributes \"a\", \"b\", and \"c\" are required"),
    row("object({a = string, b = optional(number, 3)})", "{ a = \"x\" }"),
    row("object({a = optional(string)})", "{}"),
    row("list(object({a = string}))", "[{ b = 1 }]", "v[0]: attribute \"a\" is required"),
    row("list(map(string))", "[{ a = [] }]", "v[0].a: string required"),
    row(
      "list(object({rolearn = string, username = string, groups = list(string)}))",
      "[{ rolearn = \"arn\", username = \"u\", groups = \"admins\" }]", "v[0].groups: list of string required"),
    // Anything goes for any; values that are not constants are not judged.
    row("any", "{ a = [1, { b = true }] }"),
  ]

  @Test("constant values against types", arguments: rows)
  func conformance(row: Row) throws {
    let type = try TypeConstraint(parsing: row.type)
    let tree = SyntaxTree("v = \(row.value)\n")
    let attribute = try #require(tree.body.attribute(named: "v"))
    let value = try #require(tree.constantValue(of: attribute.expression))
    let mismatch = type.mismatch(for: value, nullable: row.nullable)
    #expect(mismatch.map { "\($0.path(from: "v")): \($0.reason)" } == row.problem)
  }

  @Test("references, calls and templates are unknown, so they fit")
  func unknownValues() {
    #expect(TypeConstraint.list(.string).mismatch(for: .reference("var.x")) == nil)
    #expect(TypeConstraint.number.mismatch(for: .call("length", [])) == nil)
    #expect(TypeConstraint.list(.string).mismatch(for: .list([.reference("var.x"), .string("y")])) == nil)
  }

  @Test(
    "number spelling follows Go's big.Float base 10",
    arguments: [
      ("1", true), ("-1", true), ("+1.5", true), ("1.", true), (".5", true), ("1e3", true), ("1E-3", true),
      ("Inf", true), ("-inf", true), ("", false), (".", false), ("1e", false), ("1_000", false), ("0x10", false),
      ("1.2.3", false), ("one", false),
    ])
  func spellsNumber(text: String, expected: Bool) {
    #expect(TypeConstraint.spellsNumber(text) == expected)
  }

  static let conversions: [(String, String, String?)] = [
    ("string", "number", nil),
    ("number", "string", nil),
    ("bool", "number", "bool required"),
    ("list(string)", "string", "list of string required"),
    ("list(string)", "set(number)", nil),
    ("list(number)", "list(bool)", "incorrect list element type: number required"),
    ("list(string)", "tuple([string, number])", nil),
    ("list(string)", "tuple([string, list(string)])", "element 1: string required"),
    ("map(string)", "object({a = number})", nil),
    ("map(string)", "object({a = list(string)})", "element \"a\": string required"),
    ("object({a = string, b = optional(bool)})", "object({a = string, c = number})", nil),
    ("object({a = string})", "object({b = string})", "attribute \"a\" is required"),
    ("object({a = list(string)})", "object({a = string})", "attribute \"a\": list of string required"),
    ("object({a = string})", "map(number)", nil),
    ("tuple([string, string])", "tuple([string])", "tuple of 2 elements required"),
    ("tuple([string])", "list(string)", nil),
    ("any", "list(string)", nil),
    ("list(string)", "any", nil),
  ]

  @Test("variable types against input types", arguments: conversions)
  func typeConversion(target: String, source: String, problem: String?) throws {
    let to = try TypeConstraint(parsing: target)
    let from = try TypeConstraint(parsing: source)
    #expect(to.conversionProblem(from: from) == problem)
  }
}
