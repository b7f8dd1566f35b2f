import Foundation
import Testing

@testable import Scaffold

/// The catalogue's own JSON reader, against Foundation's `JSONSerialization` on the
/// shipped files and on generated documents, and on inputs RFC 8259 refuses.
@Suite("Catalogue JSON reader")
struct CatalogJSONTests {
  @Test("each shipped catalogue file reads as JSONSerialization reads it")
  func shippedFiles() throws {
    for bytes in try CatalogFixture.files() {
      let ours = Self.canonical(try CatalogJSON.parse(bytes))
      let theirs = Self.canonical(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
      #expect(ours == theirs)
    }
  }

  @Test("generated documents with escapes, unicode, numbers and nesting read as JSONSerialization reads them")
  func generatedDocuments() throws {
    var rng = Generator(seed: 11)
    for _ in 0..<300 {
      let text = Self.document(depth: 4, &rng)
      let bytes = Array(text.utf8)
      let ours = Self.canonical(try CatalogJSON.parse(bytes))
      let theirs = Self.canonical(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
      #expect(ours == theirs, "\(text)")
    }
  }

  @Test(
    "what RFC 8259 refuses is refused, at its byte",
    arguments: [
      ("[1,]", "byte 3"), ("{\"a\":1,}", "byte 7"), ("[01]", "byte 1"), ("\"\\ud800\"", "byte"),
      ("\"a\nb\"", "byte 2"), ("\"abc", "byte 4"), ("[1] x", "byte 4"), ("{a:1}", "byte 1"),
      ("[tru]", "byte 1"), ("\"\\q\"", "byte 2"), ("[1.]", "byte 3"), ("", "byte 0"),
    ])
  func refused(_ text: String, _ place: String) {
    #expect {
      _ = try CatalogJSON.parse(Array(text.utf8))
    } throws: { error in
      (error as? CatalogJSON.Failure)?.path.hasPrefix(place) == true
    }
  }

  @Test("a value of the wrong kind names its path")
  func wrongKind() throws {
    let node = CatalogJSON.Node(try CatalogJSON.parse(Array(#"{"modules": {"m": {"releases": ["1.0.0", 2]}}}"#.utf8)))
    let releases = try node.required("modules").required("m").required("releases").elements()
    #expect(throws: Never.self) { try releases[0].version() }
    #expect {
      try releases[1].string()
    } throws: { error in
      (error as? CatalogJSON.Failure)?.description == "expected a string, found a number at modules.m.releases[1]"
    }
    #expect {
      try node.required("format")
    } throws: { error in
      (error as? CatalogJSON.Failure)?.description == "missing key \"format\" at the top level"
    }
  }

  // MARK: - Helpers

  /// One text for both trees: objects with sorted keys, numbers as doubles.
  static func canonical(_ value: CatalogJSON.Value) -> String {
    switch value {
    case .object(let members):
      return "{" + members.sorted { $0.key < $1.key }.map { "\(quoted($0.key)):\(canonical($0.value))" }
        .joined(separator: ",") + "}"
    case .array(let elements): return "[" + elements.map(canonical).joined(separator: ",") + "]"
    case .string(let text): return quoted(text)
    case .number(let text): return "\(Double(text) ?? .nan)"
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }

  static func canonical(_ object: Any) -> String {
    switch object {
    case let dictionary as [String: Any]:
      return "{" + dictionary.keys.sorted().map { "\(quoted($0)):\(canonical(dictionary[$0]!))" }
        .joined(separator: ",") + "}"
    case let array as [Any]: return "[" + array.map { canonical($0) }.joined(separator: ",") + "]"
    case let text as String: return quoted(text)
    case let number as NSNumber:
      // Foundation's booleans are NSNumbers too, of a class of their own.
      if "\(type(of: number))".contains("Boolean") { return number.boolValue ? "true" : "false" }
      return "\(number.doubleValue)"
    case is NSNull: return "null"
    default: return "?\(type(of: object))"
    }
  }

  static func quoted(_ text: String) -> String {
    "\"" + text.unicodeScalars.map { $0.value < 0x20 || $0 == "\"" || $0 == "\\" ? "\\u{\($0.value)}" : String($0) }
      .joined() + "\""
  }

  static let pieces = ["a", "é", "日本", "😀", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\u00e9", "\\ud83d\\ude00", "\\u0000", " "]

  static func document(depth: Int, _ rng: inout Generator) -> String {
    let blank = [" ", "", "\n  ", "\t", "\r\n"][Int(rng.next() % 5)]
    switch depth == 0 ? rng.next() % 4 : rng.next() % 6 {
    case 0: return blank + "\"" + (0..<Int(rng.next() % 5)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined() + "\""
    case 1: return ["0", "-12", "3.25", "1e3", "-0.5E-2", "180"][Int(rng.next() % 6)] + blank
    case 2: return ["true", "false", "null"][Int(rng.next() % 3)]
    case 3: return blank + "[]"
    case 4:
      return "[" + (0..<Int(rng.next() % 4 + 1)).map { _ in document(depth: depth - 1, &rng) }.joined(separator: ",") + "]"
    default:
      return "{" + (0..<Int(rng.next() % 4)).map { index in
        "\(blank)\"k\(index)\(pieces[Int(rng.next() % 4)])\"\(blank):" + document(depth: depth - 1, &rng)
      }.joined(separator: ",") + "}"
    }
  }

  /// SplitMix64, so a failure reproduces.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}
