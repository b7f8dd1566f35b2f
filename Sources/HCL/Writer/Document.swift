/// A typed HCL document to write: attributes, blocks, comments and blank lines.
///
/// Rendering writes plain text and runs it through the same `Formatter` as
/// `wbscaffold fmt`, so every generated file is `terraform fmt`-clean by construction.
public struct Document: Sendable, Equatable {
  /// The top-level items.
  public var items: [Item]

  /// Makes a document from items.
  public init(items: [Item]) { self.items = items }

  /// Makes a document with a builder: `Document { Attribute(...); Block(...) { ... } }`.
  public init(@BodyBuilder _ content: () -> [Item]) { self.items = content() }

  /// Renders canonical HCL text ending with one newline.
  ///
  /// - Throws: `RenderError` if the items produce text that does not parse
  ///   (for instance a `.raw` value that is not valid HCL).
  public func render() throws(RenderError) -> String {
    var text = ""
    Item.write(items, indent: 0, into: &text)
    switch Formatter.format(Array(text.utf8)) {
    case .formatted(let bytes): return String(decoding: bytes, as: UTF8.self)
    case .invalid(let diagnostics): throw RenderError(text: text, diagnostics: diagnostics)
    }
  }
}

/// Generated text that is not valid HCL (a bug in whoever built the document).
public struct RenderError: Error, CustomStringConvertible {
  /// The text that failed to parse.
  public var text: String
  /// Why.
  public var diagnostics: [Diagnostic]

  /// A message naming the first problem.
  public var description: String {
    "generated HCL does not parse: " + diagnostics.map(\.description).joined(separator: "; ")
  }
}

/// One item of a body to write.
public indirect enum Item: Sendable, Equatable {
  /// `name = value`, with an optional trailing `# comment`.
  case attribute(name: String, value: Value, comment: String?)
  /// `type "label" { items }`.
  case block(type: String, labels: [String], items: [Item])
  /// A `# comment` line (each line of the text becomes one comment line).
  case comment(String)
  /// An empty line.
  case blankLine

  static func write(_ items: [Item], indent: Int, into text: inout String) {
    let pad = String(repeating: " ", count: indent)
    for item in items {
      switch item {
      case .attribute(let name, let value, let comment):
        text += pad + name + " = " + value.rendered(indent: indent)
        if let comment { text += " # " + comment }
        text += "\n"
      case .block(let type, let labels, let body):
        text += pad + type
        for label in labels { text += " " + StringLiteral.quoted(label) }
        if body.isEmpty {
          text += " {}\n"
        } else {
          text += " {\n"
          write(body, indent: indent + 2, into: &text)
          text += pad + "}\n"
        }
      case .comment(let comment):
        for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
          text += pad + (line.isEmpty ? "#" : "# " + line) + "\n"
        }
      case .blankLine:
        text += "\n"
      }
    }
  }
}

/// `name = value`.
public func Attribute(_ name: String, _ value: Value, comment: String? = nil) -> Item {
  .attribute(name: name, value: value, comment: comment)
}

/// `type "labels"... { content }`.
public func Block(_ type: String, _ labels: String..., @BodyBuilder content: () -> [Item] = { [] })
  -> Item
{
  .block(type: type, labels: labels, items: content())
}

/// A comment line (or lines).
public func Comment(_ text: String) -> Item { .comment(text) }

/// An empty line.
public let BlankLine = Item.blankLine

/// Builds `[Item]` from statements, `if`, `if/else` and `for` loops.
@resultBuilder
public enum BodyBuilder {
  /// Joins the parts.
  public static func buildBlock(_ parts: [Item]...) -> [Item] { parts.flatMap { $0 } }
  /// One item.
  public static func buildExpression(_ item: Item) -> [Item] { [item] }
  /// Several items.
  public static func buildExpression(_ items: [Item]) -> [Item] { items }
  /// `if` without `else`.
  public static func buildOptional(_ items: [Item]?) -> [Item] { items ?? [] }
  /// `if` branch.
  public static func buildEither(first items: [Item]) -> [Item] { items }
  /// `else` branch.
  public static func buildEither(second items: [Item]) -> [Item] { items }
  /// `for` loops.
  public static func buildArray(_ parts: [[Item]]) -> [Item] { parts.flatMap { $0 } }
}
