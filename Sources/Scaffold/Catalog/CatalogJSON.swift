/// A small JSON reader for the module catalogue: the bytes become a tree in one
/// pass, and ``CatalogJSON/Node`` walks it with the path of every value at hand, so
/// an error says where it is (`modules.wandb/wandb/aws.releases[1]`).
///
/// The catalogue is decoded on every `check` that calls a W&B module, so this
/// replaces `JSONDecoder`, whose generic machinery made decoding the aws file
/// (about 44 KB) take several milliseconds; this reader takes a fraction of one.
/// It accepts RFC 8259 JSON; numbers are kept as their text.
enum CatalogJSON {
  /// A parsed JSON value. Object members keep their order.
  enum Value: Sendable {
    case object([(key: String, value: Value)])
    case array([Value])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    var kind: String {
      switch self {
      case .object: "an object"
      case .array: "an array"
      case .string: "a string"
      case .number: "a number"
      case .bool: "a boolean"
      case .null: "null"
      }
    }
  }

  /// Why the bytes are not JSON, or a value is not what the catalogue expects.
  struct Failure: Error, Sendable {
    /// What is wrong.
    let message: String
    /// Where: a key path such as `modules.wandb/wandb/aws.releases[1]`, or a byte offset.
    let path: String

    var description: String { "\(message) at \(path)" }
  }

  /// Parses `bytes` as one JSON document.
  static func parse(_ bytes: [UInt8]) throws(Failure) -> Value {
    try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
      var parser = Parser(bytes: buffer)
      let value = try parser.value(depth: 0)
      parser.skipBlanks()
      guard parser.index == buffer.count else { throw parser.failure("unexpected text after the document") }
      return value
    }
  }

  /// Where a value sits in the document, built into text only for an error
  /// (most values are read without one, and the path of each would cost more
  /// than reading it).
  final class Location: Sendable {
    enum Step: Sendable {
      case key(String)
      case index(Int)
    }

    let parent: Location?
    let step: Step

    init(parent: Location?, step: Step) {
      self.parent = parent
      self.step = step
    }

    /// `modules.wandb/wandb/aws.releases[1]`.
    var path: String {
      var steps: [Step] = []
      var link: Location? = self
      while let current = link {
        steps.append(current.step)
        link = current.parent
      }
      var text = ""
      for step in steps.reversed() {
        switch step {
        case .key(let key): text += text.isEmpty ? key : ".\(key)"
        case .index(let index): text += "[\(index)]"
        }
      }
      return text
    }
  }

  /// A value with its place in the document, for reading catalogue records.
  struct Node {
    let value: Value
    let location: Location?

    init(_ value: Value, location: Location? = nil) {
      self.value = value
      self.location = location
    }

    /// The key path of the value, such as `modules.wandb/wandb/aws.releases[1]`.
    var path: String { location?.path ?? "" }

    func failure(_ message: String) -> Failure {
      Failure(message: message, path: location == nil ? "the top level" : path)
    }

    /// The members of an object, in order.
    func members() throws(Failure) -> [(key: String, node: Node)] {
      guard case .object(let members) = value else { throw failure("expected an object, found \(value.kind)") }
      return members.map { (key: $0.key, node: Node($0.value, location: Location(parent: location, step: .key($0.key)))) }
    }

    /// The elements of an array.
    func elements() throws(Failure) -> [Node] {
      guard case .array(let elements) = value else { throw failure("expected an array, found \(value.kind)") }
      return elements.enumerated().map {
        Node($0.element, location: Location(parent: location, step: .index($0.offset)))
      }
    }

    /// The member `key` of an object; `nil` when absent or `null`.
    func optional(_ key: String) throws(Failure) -> Node? {
      guard case .object(let members) = value else { throw failure("expected an object, found \(value.kind)") }
      guard let member = members.first(where: { $0.key == key }) else { return nil }
      if case .null = member.value { return nil }
      return Node(member.value, location: Location(parent: location, step: .key(key)))
    }

    /// The member `key` of an object, which must be present.
    func required(_ key: String) throws(Failure) -> Node {
      guard let node = try optional(key) else { throw failure("missing key \"\(key)\"") }
      return node
    }

    func string() throws(Failure) -> String {
      guard case .string(let text) = value else { throw failure("expected a string, found \(value.kind)") }
      return text
    }

    func bool() throws(Failure) -> Bool {
      guard case .bool(let flag) = value else { throw failure("expected a boolean, found \(value.kind)") }
      return flag
    }

    func int() throws(Failure) -> Int {
      guard case .number(let text) = value, let number = Int(text) else {
        throw failure("expected an integer, found \(value.kind)")
      }
      return number
    }

    /// The strings of an array of strings.
    func strings() throws(Failure) -> [String] {
      var result: [String] = []
      for element in try elements() { result.append(try element.string()) }
      return result
    }

    /// A string read as a version number.
    func version() throws(Failure) -> SemanticVersion {
      let text = try string()
      do {
        return try SemanticVersion(parsing: text)
      } catch {
        throw failure(error.description)
      }
    }

    /// A string read as a version constraint; an empty or blank one admits every version.
    func constraint(_ dialect: VersionConstraint.Dialect = .module) throws(Failure) -> VersionConstraint {
      let text = try string()
      if text.trimmingBlanks.isEmpty { return VersionConstraint(clauses: [], dialect: dialect) }
      do {
        return try VersionConstraint(text, dialect: dialect)
      } catch {
        throw failure("\"\(text)\": \(error)")
      }
    }

  }
}
