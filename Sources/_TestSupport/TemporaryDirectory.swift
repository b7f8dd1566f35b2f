import Foundation

/// A directory under the system temporary directory, removed when released.
public final class TemporaryDirectory: @unchecked Sendable {
  /// Its location.
  public let url: URL

  /// Creates a fresh, empty directory.
  public init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("wbscaffold-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Its path.
  public var path: String { url.path }

  /// Writes `contents` to `name` (intermediate directories created).
  public func write(_ name: String, _ contents: String) throws {
    try write(name, Array(contents.utf8))
  }

  /// Writes bytes to `name` (intermediate directories created).
  public func write(_ name: String, _ bytes: [UInt8]) throws {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
  }

  /// Reads `name` as bytes.
  public func read(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: url.appendingPathComponent(name)))
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}
