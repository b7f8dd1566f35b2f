import HCL

/// Why a value does not fit a type constraint: where inside the value, and the reason.
public struct TypeMismatch: Sendable, Equatable, CustomStringConvertible {
  /// One step into a value: a list or tuple index, or an object or map key.
  public enum Step: Sendable, Hashable {
    /// `[0]`.
    case index(Int)
    /// `.name`, or `["key"]` when the key is not an identifier.
    case key(String)
  }

  /// The path from the checked value to the part that does not fit (empty: the value itself).
  public var path: [Step]
  /// The reason, in Terraform's words: `list of string required`, `attribute "a" is required`.
  public var reason: String

  /// Makes a mismatch.
  public init(path: [Step] = [], reason: String) {
    self.path = path
    self.reason = reason
  }

  /// The path after `root`: `allowed_inbound_cidr[0]`, `roles[1].groups`.
  public func path(from root: String) -> String {
    var out = root
    for step in path {
      switch step {
      case .index(let i): out += "[\(i)]"
      case .key(let k): out += Identifier.isValid(k) ? ".\(k)" : "[\(StringLiteral.quoted(k))]"
      }
    }
    return out
  }

  /// `reason`, prefixed with the relative path when there is one: `[0].a: string required`.
  public var description: String {
    path.isEmpty ? reason : path(from: "") + ": " + reason
  }
}

extension TypeConstraint {
  /// Checks a constant value against this type with Terraform's conversion rules.
  ///
  /// Numbers and bools convert to strings; strings that spell a number (`"1e3"`)
  /// or a bool (`"true"`, `"false"`, `"1"`, `"0"`) convert to them; tuples
  /// convert to lists, sets and same-length tuples; objects convert to maps and
  /// to objects that have every required attribute (extra attributes are
  /// dropped, missing `optional(...)` ones are fine). `null` fits any type
  /// except at the top level when `nullable` is false. Values that are not
  /// constants (references, calls, templates) are not known, so they fit.
  ///
  /// - Parameters:
  ///   - value: the value, as `SyntaxTree.constantValue(of:)` gives it.
  ///   - nullable: whether `null` is accepted for the value as a whole.
  /// - Returns: `nil` when the value converts, else the first problem found.
  public func mismatch(for value: Value, nullable: Bool = true) -> TypeMismatch? {
    if case .null = value, !nullable {
      return TypeMismatch(reason: "a null value is not allowed (nullable = false)")
    }
    var path: [TypeMismatch.Step] = []
    return check(value, &path)
  }

  private func check(_ value: Value, _ path: inout [TypeMismatch.Step]) -> TypeMismatch? {
    func fail(_ reason: String) -> TypeMismatch { TypeMismatch(path: path, reason: reason) }
    switch value {
    case .null, .reference, .call, .template, .raw: return nil
    case .string, .number, .bool, .list, .object: break
    }
    switch self {
    case .any:
      return nil
    case .string:
      switch value {
      case .string, .number, .bool: return nil
      default: return fail("string required")
      }
    case .number:
      switch value {
      case .number: return nil
      case .string(let text): return Self.spellsNumber(text) ? nil : fail("a number is required")
      default: return fail("number required")
      }
    case .bool:
      switch value {
      case .bool: return nil
      case .string(let text):
        return ["true", "false", "1", "0"].contains(text) ? nil : fail("a bool is required")
      default: return fail("bool required")
      }
    case .list(let element), .set(let element):
      guard case .list(let items) = value else { return fail("\(friendlyName) required") }
      if element == .any, !Self.unify(items) {
        return fail("all \(isSetType ? "set" : "list") elements must have the same type")
      }
      for (i, item) in items.enumerated() {
        path.append(.index(i))
        if let problem = element.check(item, &path) { return problem }
        path.removeLast()
      }
      return nil
    case .map(let element):
      guard case .object(let entries) = value else { return fail("\(friendlyName) required") }
      if element == .any, !Self.unify(entries.map(\.value)) {
        return fail("all map elements must have the same type")
      }
      for entry in entries {
        path.append(.key(entry.key))
        if let problem = element.check(entry.value, &path) { return problem }
        path.removeLast()
      }
      return nil
    case .tuple(let elements):
      guard case .list(let items) = value else { return fail("tuple required") }
      guard items.count == elements.count else {
        return fail("tuple of \(elements.count) element\(elements.count == 1 ? "" : "s") required")
      }
      for (i, (item, element)) in zip(items, elements).enumerated() {
        path.append(.index(i))
        if let problem = element.check(item, &path) { return problem }
        path.removeLast()
      }
      return nil
    case .object(let attributes):
      guard case .object(let entries) = value else { return fail("object required") }
      var given: [String: Value] = [:]
      for entry in entries { given[entry.key] = entry.value }
      let missing = attributes.filter { !$0.isOptional && given[$0.name] == nil }.map(\.name).sorted()
      if !missing.isEmpty { return fail(Self.missingMessage(missing)) }
      for attribute in attributes {
        guard let item = given[attribute.name] else { continue }
        path.append(.key(attribute.name))
        if let problem = attribute.type.check(item, &path) { return problem }
        path.removeLast()
      }
      return nil
    }
  }

  private var isSetType: Bool {
    if case .set = self { return true }
    return false
  }

  /// `attribute "a" is required`, `attributes "a" and "b" are required`, ...
  private static func missingMessage(_ names: [String]) -> String {
    let quoted = names.map { "\"\($0)\"" }
    switch quoted.count {
    case 1: return "attribute \(quoted[0]) is required"
    case 2: return "attributes \(quoted[0]) and \(quoted[1]) are required"
    default:
      return "attributes " + quoted.dropLast().joined(separator: ", ") + ", and "
        + (quoted.last ?? "") + " are required"
    }
  }

  /// Whether the elements of a `list(any)`, `set(any)` or `map(any)` value can share
  /// one type. Lenient: only mixes that can never unify fail (primitives with
  /// structures, tuples with objects, numbers with bools and no string).
  static func unify(_ values: [Value]) -> Bool {
    var string = false
    var number = false
    var bool = false
    var tuple = false
    var object = false
    for value in values {
      switch value {
      case .string: string = true
      case .number: number = true
      case .bool: bool = true
      case .list: tuple = true
      case .object: object = true
      case .null, .reference, .call, .template, .raw: break
      }
    }
    let primitive = string || number || bool
    if primitive && (tuple || object) { return false }
    if tuple && object { return false }
    if number && bool && !string { return false }
    return true
  }

  /// Whether Terraform's string-to-number conversion accepts `text` (Go's
  /// `big.Float` base-10 syntax: sign, digits with an optional fraction, an
  /// optional exponent, or `Inf`).
  static func spellsNumber(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      bytes = bytes.dropFirst()
    }
    if String(Substring(bytes)) == "Inf" || String(Substring(bytes)) == "inf" { return true }
    let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
    var mantissaDigits = 0
    while let b = bytes.first, isDigit(b) {
      mantissaDigits += 1
      bytes = bytes.dropFirst()
    }
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      while let b = bytes.first, isDigit(b) {
        mantissaDigits += 1
        bytes = bytes.dropFirst()
      }
    }
    guard mantissaDigits > 0 else { return false }
    if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let s = bytes.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
        bytes = bytes.dropFirst()
      }
      var exponentDigits = 0
      while let b = bytes.first, isDigit(b) {
        exponentDigits += 1
        bytes = bytes.dropFirst()
      }
      guard exponentDigits > 0 else { return false }
    }
    return bytes.isEmpty
  }
}
