import Scaffold

/// The blueprints and module catalogue compiled into the binary.
///
/// A new module line is a new `Blueprint` type in this folder, listed in `all`
/// (and, for a new module release, an updated `modules.catalog.json`).
public enum BlueprintCatalog {
  /// Every blueprint, the default first.
  public static let all: [any Blueprint] = [AWSV2Blueprint(), AWSV8Blueprint()]

  /// The default blueprint.
  public static var defaultBlueprint: any Blueprint { all[0] }

  /// The blueprint with `id`, if any.
  public static func blueprint(_ id: String) -> (any Blueprint)? {
    all.first { $0.id == id }
  }

  /// The bytes of `modules.catalog.json`, embedded at build time (no resource bundle).
  public static var moduleCatalogJSON: [UInt8] { PackageResources.modules_catalog_json }

  /// The decoded module catalogue.
  public static let modules: ModuleCatalog = {
    do {
      return try ModuleCatalog(json: moduleCatalogJSON)
    } catch {
      // The JSON is part of the build and covered by tests; a failure here is a build defect.
      fatalError("embedded modules.catalog.json is invalid: \(error)")
    }
  }()
}
