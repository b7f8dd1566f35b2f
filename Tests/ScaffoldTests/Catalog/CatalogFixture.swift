import Testing

@testable import Scaffold

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Loads the shipped `Blueprints/modules.catalog.json`, so the tests check the real data.
enum CatalogFixture {
  /// `<repo>/Blueprints/modules.catalog.json`, found from this file's path
  /// (`<repo>/Tests/ScaffoldTests/Catalog/CatalogFixture.swift`).
  static let path: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    return (parts + ["Blueprints", "modules.catalog.json"]).joined(separator: "/")
  }()

  /// The raw bytes of the catalogue file.
  static func bytes() throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FixtureError(message: "cannot read \(path)")
    }
    return [UInt8](data)
  }

  /// The decoded catalogue.
  static func catalog() throws -> ModuleCatalog {
    try ModuleCatalog(json: bytes())
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
