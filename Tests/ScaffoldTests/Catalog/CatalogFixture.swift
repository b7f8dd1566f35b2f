import Testing

@testable import Scaffold

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Loads the shipped `Blueprints/catalog/*.json`, so the tests check the real data.
enum CatalogFixture {
  /// `<repo>/Blueprints/catalog`, found from this file's path
  /// (`<repo>/Tests/ScaffoldTests/Catalog/CatalogFixture.swift`).
  static let path: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    return (parts + ["Blueprints", "catalog"]).joined(separator: "/")
  }()

  /// The raw bytes of each module's file.
  static func files() throws -> [[UInt8]] {
    let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".json") }.sorted()
    return try names.map { name in
      guard let data = FileManager.default.contents(atPath: path + "/" + name) else {
        throw FixtureError(message: "cannot read \(path)/\(name)")
      }
      return [UInt8](data)
    }
  }

  /// The decoded catalogue: every module's file, decoded once.
  static func catalog() throws -> ModuleCatalog { try shared.get() }

  private static let shared = Result {
    ModuleCatalog(modules: try files().flatMap { try ModuleCatalog(json: $0).modules.values })
  }

  /// The module at `source`, failing the test if it is missing.
  static func module(_ source: String) throws -> CatalogModule {
    try #require(catalog().module(source))
  }

  struct FixtureError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }
}

extension SemanticVersion {
  /// Test shorthand: a version literal known to be valid.
  static func v(_ text: String) throws -> SemanticVersion {
    try SemanticVersion(parsing: text)
  }
}
