import HCL
import Blueprints
import Testing

@testable import Scaffold

/// A directory of files for upgrade tests, written inline.
struct UpgradeDirectory {
  var files: [UpgradeSourceFile]

  /// Files from `(path, text)` pairs, in order.
  init(_ pairs: [(String, String)]) {
    files = pairs.map { UpgradeSourceFile(path: $0.0, bytes: Array($0.1.utf8)) }
  }

  init(files: [UpgradeSourceFile]) { self.files = files }

  /// The bytes of `path`.
  func bytes(_ path: String) -> [UInt8]? { files.first { $0.path == path }?.bytes }

  /// The text of `path`.
  func text(_ path: String) -> String? { bytes(path).map { String(decoding: $0, as: UTF8.self) } }

  /// The same file list with `path`'s bytes replaced.
  func replacing(_ path: String, with bytes: [UInt8]) -> UpgradeDirectory {
    var copy = self
    if let i = copy.files.firstIndex(where: { $0.path == path }) {
      copy.files[i].bytes = bytes
    } else {
      copy.files.append(UpgradeSourceFile(path: path, bytes: bytes))
    }
    return copy
  }

  /// The directory after writing a plan.
  func applying(_ plan: UpgradePlan) -> UpgradeDirectory {
    plan.files.reduce(self) { $0.replacing($1.path, with: $1.updated) }
  }
}

/// Planning helpers and byte-level assertions.
enum UpgradeTesting {
  static let catalog: ModuleCatalog? = try? CatalogFixture.catalog()

  /// The upgrade facts of the module line the fixtures use, as the Blueprints target records them.
  static let line = BlueprintCatalog.upgradeLines[0]

  static func planner() throws -> UpgradePlanner {
    UpgradePlanner(catalog: try #require(catalog, "the module catalogue fixture loads"), lines: [line])
  }

  /// Plans `request` over `directory`.
  static func plan(_ request: UpgradeRequest, _ directory: UpgradeDirectory) throws -> UpgradePlan {
    try planner().plan(request, files: directory.files)
  }

  /// The refusal of `request` over `directory`, failing the test if it plans instead.
  static func refusal(
    _ request: UpgradeRequest, _ directory: UpgradeDirectory, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> UpgradeRefusal {
    do {
      let plan = try planner().plan(request, files: directory.files)
      Issue.record("expected a refusal, got a plan: \(plan.summary)", sourceLocation: sourceLocation)
      throw CancellationError()
    } catch let refusal as UpgradeRefusal {
      return refusal
    }
  }

  /// Plans, applies, and checks that planning again changes nothing and says so.
  @discardableResult
  static func planAndRerun(
    _ request: UpgradeRequest, _ directory: UpgradeDirectory, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> UpgradePlan {
    let plan = try plan(request, directory)
    #expect(plan.hasChanges, "the first run changes something", sourceLocation: sourceLocation)
    let again = try UpgradeTesting.plan(request, directory.applying(plan))
    #expect(!again.hasChanges, "a second run changes nothing: \(again.summary)", sourceLocation: sourceLocation)
    let allCurrent = again.steps.allSatisfy { $0.isAlreadyCurrent }
    #expect(allCurrent, "every step says it is already current: \(again.steps)", sourceLocation: sourceLocation)
    return plan
  }

  /// The byte range of the first `needle` after the first `marker` in `bytes`.
  static func range(of needle: String, after marker: String = "", in bytes: [UInt8]) -> Range<Int>? {
    func find(_ pattern: [UInt8], from start: Int) -> Int? {
      guard !pattern.isEmpty else { return start }
      guard bytes.count >= pattern.count else { return nil }
      return (start...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }
    guard let m = find(Array(marker.utf8), from: 0), let at = find(Array(needle.utf8), from: m + marker.utf8.count)
    else { return nil }
    return at..<(at + needle.utf8.count)
  }

  /// Checks that `updated` is `original` with exactly `range` replaced by `replacement`:
  /// every byte before and after the edited range is unchanged.
  static func expectSplice(
    _ original: [UInt8], _ updated: [UInt8]?, range: Range<Int>?, replacement: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let updated, let range else {
      Issue.record("missing file or range", sourceLocation: sourceLocation)
      return
    }
    let suffix = original.count - range.upperBound
    #expect(updated.count == original.count - range.count + replacement.utf8.count, sourceLocation: sourceLocation)
    #expect(updated.prefix(range.lowerBound).elementsEqual(original.prefix(range.lowerBound)), "prefix kept", sourceLocation: sourceLocation)
    #expect(updated.suffix(suffix).elementsEqual(original.suffix(suffix)), "suffix kept", sourceLocation: sourceLocation)
    let middle = updated.dropFirst(range.lowerBound).dropLast(suffix)
    #expect(String(decoding: middle, as: UTF8.self) == replacement, sourceLocation: sourceLocation)
  }

  /// Whether every line feed of `bytes` is part of a CRLF (and there is at least one).
  static func hasOnlyCRLF(_ bytes: [UInt8]) -> Bool {
    bytes.contains(0x0A) && bytes.indices.allSatisfy { i in bytes[i] != 0x0A || (i > 0 && bytes[i - 1] == 0x0D) }
  }

  /// Checks that two texts differ only in the spaces of their lines, except `except` lines (1-based).
  static func expectOnlyWhitespaceChanged(
    _ original: String, _ updated: String, except: Set<Int>, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let a = original.split(separator: "\n", omittingEmptySubsequences: false)
    let b = updated.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(a.count == b.count, "same number of lines", sourceLocation: sourceLocation)
    for (i, (x, y)) in zip(a, b).enumerated() where !except.contains(i + 1) {
      #expect(x.filter { $0 != " " } == y.filter { $0 != " " }, "line \(i + 1)", sourceLocation: sourceLocation)
    }
  }
}

extension String {
  /// `self` with every `\n` replaced.
  func replacingLineFeeds(with ending: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: ending)
  }

  /// `self` with every `target` replaced (no Foundation).
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
