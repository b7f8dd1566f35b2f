import Foundation

/// The golden files next to these tests (Golden/), made by terraform itself (see Golden/README.md).
enum GoldenCorpus {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var input: [UInt8]
    var expected: [UInt8]
    var testDescription: String { name }
  }

  /// `NNN-name.in.ext` / `NNN-name.out.ext` pairs in a folder.
  static func pairs(_ folder: String) -> [Case] {
    let dir = root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.contains(".in.") }.sorted().compactMap { name in
      let outName = name.replacingOccurrences(of: ".in.", with: ".out.")
      guard let input = try? Data(contentsOf: dir.appendingPathComponent(name)),
        let output = try? Data(contentsOf: dir.appendingPathComponent(outName))
      else { return nil }
      return Case(name: "\(folder)/\(name)", input: [UInt8](input), expected: [UInt8](output))
    }
  }

  /// Inputs terraform rejects, with the `LINE:COL: Summary` it reported.
  static func invalid() -> [Case] {
    let dir = root.appendingPathComponent("invalid")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".tf") }.sorted().compactMap { name in
      guard let input = try? Data(contentsOf: dir.appendingPathComponent(name)) else { return nil }
      let expectedName = String(name.dropLast(3)) + ".expected"
      let expected = (try? Data(contentsOf: dir.appendingPathComponent(expectedName))) ?? Data()
      return Case(name: "invalid/\(name)", input: [UInt8](input), expected: [UInt8](expected))
    }
  }

  /// Every valid input of the corpus (fmt inputs and outputs).
  static func validInputs() -> [[UInt8]] {
    (pairs("fmt") + pairs("fmt-label-keep") + pairs("fmt-safe")).flatMap { [$0.input, $0.expected] }
  }
}

import Testing
