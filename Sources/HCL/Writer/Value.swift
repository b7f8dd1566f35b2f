/// An expression to write: literals, collections, references, calls and templates.
///
/// Values render to canonical HCL; strings are escaped as hclwrite escapes them.
public indirect enum Value: Sendable, Equatable {
  /// A quoted string.
  case string(String)
  /// A number, written as given (use `.int` for integers).
  case number(String)
  /// `true` or `false`.
  case bool(Bool)
  /// `null`.
  case null
  /// A one-line tuple: `["a", "b"]`.
  case list([Value])
  /// A multi-line object, keys in the order given.
  case object([ObjectEntry])
  /// A reference such as `var.region` or `module.wandb_infra.url`.
  case reference(String)
  /// A function call: `base64decode(x)`.
  case call(String, [Value])
  /// A quoted template: `"s3://${module.wandb_infra.bucket_name}"`.
  case template([TemplateSegment])
  /// A type constraint or other bare expression written as is, such as `list(string)`.
  case raw(String)

  /// An integer literal.
  public static func int(_ value: Int) -> Value { .number(String(value)) }

  /// A list of strings.
  public static func strings(_ values: [String]) -> Value { .list(values.map { .string($0) }) }

  /// Whether this value renders on more than one line.
  public var isMultiLine: Bool {
    switch self {
    case .object(let entries): return !entries.isEmpty
    case .list(let items): return items.contains { $0.isMultiLine }
    case .call(_, let args): return args.contains { $0.isMultiLine }
    default: return false
    }
  }

  /// Renders the value; `indent` is the indentation of the line it starts on.
  public func rendered(indent: Int = 0) -> String {
    switch self {
    case .string(let s): return StringLiteral.quoted(s)
    case .number(let n): return n
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .list(let items):
      return "[" + items.map { $0.rendered(indent: indent) }.joined(separator: ", ") + "]"
    case .object(let entries):
      if entries.isEmpty { return "{}" }
      let pad = String(repeating: " ", count: indent + 2)
      var out = "{\n"
      for entry in entries {
        out += pad + entry.renderedKey + " = " + entry.value.rendered(indent: indent + 2) + "\n"
      }
      return out + String(repeating: " ", count: indent) + "}"
    case .reference(let path): return path
    case .call(let name, let args):
      return name + "(" + args.map { $0.rendered(indent: indent) }.joined(separator: ", ") + ")"
    case .template(let segments):
      var out = "\""
      for segment in segments {
        switch segment {
        case .literal(let text): out += StringLiteral.escape(text)
        case .interpolation(let value): out += "${" + value.rendered(indent: indent) + "}"
        }
      }
      return out + "\""
    case .raw(let text): return text
    }
  }
}

/// One `key = value` entry of an object value.
public struct ObjectEntry: Sendable, Equatable {
  /// The key; written bare when it is a valid identifier, quoted otherwise.
  public var key: String
  /// The value.
  public var value: Value

  /// Makes an entry.
  public init(_ key: String, _ value: Value) {
    self.key = key
    self.value = value
  }

  /// The key as written.
  public var renderedKey: String {
    Identifier.isValid(key) ? key : StringLiteral.quoted(key)
  }
}

/// A piece of a template value.
public enum TemplateSegment: Sendable, Equatable {
  /// Literal text (escaped when rendered).
  case literal(String)
  /// `${ value }`.
  case interpolation(Value)
}

/// HCL identifier rules.
public enum Identifier {
  /// Whether `name` is a valid HCL identifier (letters, digits, `_` and `-`, not starting with a digit or `-`).
  public static func isValid(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first else { return false }
    guard first == "_" || first.properties.isIDStart else { return false }
    return name.unicodeScalars.dropFirst().allSatisfy { $0 == "-" || $0 == "_" || $0.properties.isIDContinue }
  }
}
