import Scaffold

/// The blueprints, their clouds, their check rules and upgrade facts, and the
/// module catalogue, compiled into the binary.
///
/// A new module line is a folder beside this file with its `Blueprint` type,
/// listed in `all` (with its rules and upgrade facts below), and, for a new
/// module release, an updated `modules.catalog.json`.
public enum BlueprintCatalog {
  /// Every blueprint, grouped by cloud; each cloud's current line first.
  public static let all: [any Blueprint] = [AWSV8Blueprint(), AWSV2Blueprint(), GoogleV10Blueprint()]

  /// The clouds, in the order the wizard offers them.
  public static var clouds: [Cloud] {
    var out: [Cloud] = []
    for blueprint in all where !out.contains(blueprint.cloud) { out.append(blueprint.cloud) }
    return out
  }

  /// The blueprints of `cloud`, its current line first.
  public static func blueprints(of cloud: Cloud) -> [any Blueprint] {
    let lines = all.filter { $0.cloud == cloud }
    return lines.filter(\.isCurrent) + lines.filter { !$0.isCurrent }
  }

  /// The blueprint a new user gets without choosing: the first cloud's current line.
  public static var defaultBlueprint: any Blueprint { blueprints(of: clouds[0])[0] }

  /// The blueprint with `id`, if any.
  public static func blueprint(_ id: String) -> (any Blueprint)? {
    all.first { $0.id == id }
  }

  /// The module lines' own check rules, run by `check`, `init` and `upgrade`.
  public static let checkRules: [any CheckRule] = [
    AWSAppWiringCheck(), AWSValueCheck(), SizePresetCheck(modules: [AWSLine.infrastructureModule, GoogleLine.module]),
    GoogleOperatorCheck(), AnswerValueCheck(blueprints: all),
  ]

  /// The module lines' upgrade facts, for `upgrade`.
  public static let upgradeLines: [UpgradeLine] = [AWSLine.upgrade, GoogleLine.upgrade]

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
