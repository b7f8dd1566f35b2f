import Foundation
import Scaffold
import Testing
import _TestSupport

/// The golden files of one rendered case, in Golden/init/<case>/, shared by the
/// golden tests of every line. `WBSCAFFOLD_RECORD=1 swift test` rewrites them (and
/// fails, so a new baseline is never accepted by accident).
enum GoldenDirectory {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/init")

  /// Expects `files` to be exactly the golden files of case `name`, byte for byte.
  static func expectMatches(_ files: [GeneratedFile], name: String) throws {
    let dir = root.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["WBSCAFFOLD_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      for file in files { try Data(file.contents.utf8).write(to: dir.appendingPathComponent(file.path)) }
      Issue.record("recorded new golden files in \(dir.path); rerun without WBSCAFFOLD_RECORD")
      return
    }
    let onDisk = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(onDisk == files.map(\.path).sorted(), "golden file set differs")
    for file in files {
      let expected = try String(decoding: Data(contentsOf: dir.appendingPathComponent(file.path)), as: UTF8.self)
      #expect(file.contents == expected, "\(name)/\(file.path):\n\(LineDiff.describe(expected: expected, actual: file.contents))")
    }
  }
}
