import HCL

/// The root module's `required_version` and `required_providers` against those of
/// the module releases it calls: `terraform init` intersects every constraint on a
/// provider (and on Terraform itself), so a root `google = "~> 6.0"` beside a
/// module that needs `~> 5.30`, or `helm = "~> 3.0"` beside one on `~> 2.10`,
/// fails before anything is planned ("no available releases match the given
/// constraints"). Providers are matched by source address, as Terraform does.
struct RequirementsCheck: CheckRule {
  /// A constraint written in the root module.
  private struct Written {
    var constraint: VersionConstraint
    var file: ConfigurationFile
    var token: Int
  }

  func check(_ context: CheckContext, findings: inout FindingList) {
    // Override files replace what they set (required_version, a provider entry by
    // local name), as Terraform merges them; primary files add up.
    var terraform: [Written] = []
    var byName: [String: [(source: String, written: Written)]] = [:]
    let ordered = context.files.filter { $0.role == .configuration } + context.files.filter { $0.role == .override }
    for file in ordered {
      let isOverride = file.role == .override
      for block in file.tree.body.blocks(ofType: "terraform") {
        if let attribute = block.body.attribute(named: "required_version"),
          case .string(let text)? = file.tree.constantValue(of: attribute.expression),
          let constraint = try? VersionConstraint(text)
        {
          let written = Written(constraint: constraint, file: file, token: attribute.expression.tokens.lowerBound)
          terraform = isOverride ? [written] : terraform + [written]
        }
        for list in block.body.blocks(ofType: "required_providers") {
          for attribute in list.body.attributes {
            guard let (source, version) = Self.requirement(attribute, in: file),
              let constraint = try? VersionConstraint(version, dialect: .provider)
            else { continue }
            let written = Written(constraint: constraint, file: file, token: Self.versionToken(in: attribute.expression))
            byName[attribute.name] = (isOverride ? [] : byName[attribute.name] ?? []) + [(source, written)]
          }
        }
      }
    }
    var providers: [String: [Written]] = [:]
    for entries in byName.values {
      for (source, written) in entries { providers[source, default: []].append(written) }
    }
    var reported: Set<String> = []
    for (module, calls) in context.calledModules() {
      for (_, release, resolution) in calls {
        guard let release, let interface = resolution.interface, reported.insert("\(module.source) \(release)").inserted
        else { continue }
        let what = "\(module.source) \(release)"
        for written in terraform where !written.constraint.overlaps(interface.requiredVersion) {
          findings.add(
            .conflictingRequirement, .error, in: written.file, at: written.token,
            "required_version \"\(written.constraint)\" admits no Terraform release that \(what) accepts (\"\(interface.requiredVersion)\"); terraform init fails",
            hint: "use \"\(interface.requiredVersion)\" or a range inside it")
        }
        for (name, requirement) in interface.providers.sorted(by: { $0.key < $1.key }) {
          for written in providers[Self.canonical(requirement.source)] ?? []
          where !written.constraint.overlaps(requirement.version) {
            findings.add(
              .conflictingRequirement, .error, in: written.file, at: written.token,
              "\(name) provider \"\(written.constraint)\" admits no release that \(what) accepts (\"\(requirement.version)\"); terraform init fails with \"no available releases match the given constraints\"",
              hint: "use \"\(requirement.version)\" or a range inside it")
          }
        }
      }
    }
  }

  /// The source and version of a `required_providers` entry: the object form, or
  /// the legacy string form `name = "~> 1.0"` (source `hashicorp/name`).
  private static func requirement(_ attribute: AttributeSyntax, in file: ConfigurationFile) -> (String, String)? {
    switch file.tree.constantValue(of: attribute.expression) {
    case .string(let version)?:
      return ("hashicorp/" + attribute.name, version)
    case .object(let entries)?:
      var source = "hashicorp/" + attribute.name
      var version: String?
      for entry in entries {
        if entry.key == "source", case .string(let text) = entry.value { source = canonical(text) }
        if entry.key == "version", case .string(let text) = entry.value { version = text }
      }
      return version.map { (source, $0) }
    default:
      return nil
    }
  }

  /// The first token of the `version` value in a `name = { source, version }` object
  /// (a quoted `"version"` key too).
  private static func versionToken(in expression: Expression) -> Int {
    (expression.member("version") ?? expression).tokens.lowerBound
  }

  /// `registry.terraform.io/hashicorp/google` and `HashiCorp/google` name `hashicorp/google`.
  static func canonical(_ source: String) -> String {
    var parts = source.lowercased().split(separator: "/").map(String.init)
    if parts.count == 3, parts[0] == "registry.terraform.io" { parts.removeFirst() }
    // A bare type (`source = "google"`) means the hashicorp namespace.
    if parts.count == 1 { parts.insert("hashicorp", at: 0) }
    return parts.joined(separator: "/")
  }
}

extension Finding.Rule {
  /// A root `required_version` or provider constraint that no release a called module accepts meets.
  public static let conflictingRequirement = Finding.Rule("conflicting-requirement")
}
