#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The module releases `terraform init` installed, from `.terraform/modules/modules.json`.
///
/// `init` installs the newest release a constraint admits once and keeps it until
/// `init -upgrade`, so an initialized directory runs the installed release, which
/// may be older than the newest one: `check` judges a call against it and says so.
public struct InstalledModules: Sendable, Equatable {
  /// The path of the manifest inside a root module, for messages.
  public static let path = ".terraform/modules/modules.json"

  /// Installed release by module call name (top-level calls only), with the source it came from.
  public let releases: [String: (source: String, version: SemanticVersion)]

  /// Nothing installed (a directory without `.terraform`).
  public init() { releases = [:] }

  /// Reads the manifest; an unreadable one counts as nothing installed.
  public init(json: [UInt8]) {
    struct Manifest: Decodable {
      struct Entry: Decodable {
        let Key: String
        let Source: String?
        let Version: String?
      }
      let Modules: [Entry]
    }
    var releases: [String: (source: String, version: SemanticVersion)] = [:]
    if let manifest = try? JSONDecoder().decode(Manifest.self, from: Data(json)) {
      for entry in manifest.Modules where !entry.Key.isEmpty && !entry.Key.contains(".") {
        guard let source = entry.Source, let text = entry.Version, let version = SemanticVersion(text) else { continue }
        releases[entry.Key] = (source, version)
      }
    }
    self.releases = releases
  }

  /// The installed release of call `label` when it came from `source`.
  func release(of label: String, from source: String) -> SemanticVersion? {
    guard let entry = releases[label], ModuleSource(entry.source)?.registryAddress == source else { return nil }
    return entry.version
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.releases.mapValues { "\($0.source) \($0.version)" } == b.releases.mapValues { "\($0.source) \($0.version)" }
  }
}

extension Finding.Rule {
  /// Which installed release a call was checked against, or an installed release the constraint no longer admits.
  public static let installedRelease = Finding.Rule("installed-release")
}

extension CatalogModule {
  /// What `terraform plan` runs for a call with `constraint`: the release
  /// installed in `.terraform/modules` when it meets the constraint, else the
  /// newest one the constraint admits (what `terraform init` would install).
  func resolve(_ constraint: VersionConstraint, installed: SemanticVersion?) -> ModuleResolution {
    guard let installed, isRelease(installed), constraint.satisfiedBy(installed),
      let exact = try? VersionConstraint("= \(installed)")
    else { return resolve(constraint) }
    return resolve(exact)
  }
}
