import Foundation
import Testing
import _TestSupport

/// A new module line is a change in `Blueprints/` only: the shared layers name
/// no cloud in their identifiers or strings (comments may explain, code may not).
@Suite struct CloudBoundaryTests {
  /// Words that belong to one cloud's module line.
  static let cloudWords: Set<String> = [
    "aws", "eks", "route53", "s3", "elasticache", "sqs", "dynamodb", "aurora", "rds", "ec2", "alb", "gke", "gcs", "gcp",
    "google", "pubsub", "memorystore", "azure", "azurerm", "aks", "azapi",
  ]

  /// The words of identifiers and string literals in Swift `source`, comments left out.
  static func words(in source: String) -> [(word: String, line: Int)] {
    var out: [(String, Int)] = []
    var line = 1
    var current = ""
    var i = source.startIndex
    func flush() {
      guard !current.isEmpty else { return }
      // camelCase and snake_case: split before an upper-case letter after a lower-case one, and at '_'.
      var word = ""
      var previousLower = false
      for c in current {
        if c == "_" || (c.isUppercase && previousLower) {
          if !word.isEmpty { out.append((word.lowercased(), line)) }
          word = c == "_" ? "" : String(c)
        } else {
          word.append(c)
        }
        previousLower = c.isLowercase || c.isNumber
      }
      if !word.isEmpty { out.append((word.lowercased(), line)) }
      current = ""
    }
    while i < source.endIndex {
      let c = source[i]
      let next = source.index(after: i)
      if c == "/", next < source.endIndex, source[next] == "/" {
        flush()
        while i < source.endIndex, source[i] != "\n" { i = source.index(after: i) }
        continue
      }
      if c == "/", next < source.endIndex, source[next] == "*" {
        flush()
        while i < source.endIndex, !(source[i] == "*" && source.index(after: i) < source.endIndex && source[source.index(after: i)] == "/") {
          if source[i] == "\n" { line += 1 }
          i = source.index(after: i)
        }
        i = min(source.endIndex, source.index(i, offsetBy: 2, limitedBy: source.endIndex) ?? source.endIndex)
        continue
      }
      if c == "\n" { line += 1 }
      if c.isLetter || c.isNumber || c == "_" {
        current.append(c)
      } else {
        flush()
      }
      i = next
    }
    flush()
    return out
  }

  @Test(arguments: ["Sources/Scaffold", "Sources/wbscaffold"])
  func sharedLayersNameNoCloud(_ folder: String) throws {
    let root = BuiltTool.packageRoot.appendingPathComponent(folder)
    let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") }
    #expect(!files.isEmpty)
    var found: [String] = []
    for file in files.sorted() {
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      for (word, line) in Self.words(in: text) where Self.cloudWords.contains(word) {
        found.append("\(folder)/\(file):\(line): \(word)")
      }
    }
    #expect(found.isEmpty, "cloud words outside Blueprints/:\n\(found.joined(separator: "\n"))")
  }

  @Test func theScannerFindsWordsInIdentifiersAndStringsButNotComments() {
    let words = Self.words(in: "let awsModule = \"wandb/wandb/google\" // eks here\n/* gke */ let x_sqs = 1\n").map(\.word)
    #expect(words.contains("aws") && words.contains("google") && words.contains("sqs"))
    #expect(!words.contains("eks") && !words.contains("gke"))
  }
}
