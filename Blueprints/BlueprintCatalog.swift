import Scaffold

/// The blueprints, their clouds, their check rules, upgrade facts and plan-review
/// tables, and the module catalogue, compiled into the binary.
///
/// A new module line is a folder beside this file with its `Blueprint` type,
/// listed in `all` (with its rules, upgrade facts and plan-review table below),
/// and, for a new module release, regenerated `catalog/*.json`
/// (`tools/make_catalog.py`).
public enum BlueprintCatalog {
  /// Every blueprint, grouped by cloud; each cloud's current line first.
  public static let all: [any Blueprint] = [
    AWSV8Blueprint(), AWSV2Blueprint(), GoogleV10Blueprint(), AzureV7Blueprint(), KubernetesHelmBlueprint(),
  ]

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
    AWSAppWiringCheck(), AWSValueCheck(),
    SizePresetCheck(modules: [AWSLine.infrastructureModule, GoogleLine.module, AzureLine.module]),
    OperatorVersionCheck(modules: [(GoogleLine.module, GoogleLine.operatorMajor), (AzureLine.module, AzureLine.operatorMajor)]),
    AzureDatabaseCheck(), KubernetesSpecCheck(), AnswerValueCheck(blueprints: all),
  ]

  /// What every rule `check` can report is about, `Scaffold`'s and the module
  /// lines', for `check --format sarif`.
  public static let ruleHelp: [Finding.Rule: RuleHelp] = [
    RuleHelp.generic, AWSAppWiringCheck.ruleHelp, AzureDatabaseCheck.ruleHelp, KubernetesSpecCheck.ruleHelp,
    AnswerValueCheck.ruleHelp, OperatorVersionCheck.ruleHelp,
  ].reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }

  /// The module lines' upgrade facts, for `upgrade`.
  public static let upgradeLines: [UpgradeLine] = [AWSLine.upgrade, GoogleLine.upgrade, AzureLine.upgrade, KubernetesLine.upgrade]

  /// What `plan-review` flags in a saved plan, from every module line: the
  /// resource types that hold data, the clusters, and what an upgrade step is
  /// known to replace.
  public static let planResources = PlanResourceTable(merging: [
    AWSPlanResources.table, GooglePlanResources.table, AzurePlanResources.table,
  ])

  /// The module catalogue: one embedded file per module (`catalog/<module>.json`,
  /// no resource bundle), each decoded the first time a check asks for it.
  public static let modules = ModuleCatalog(loaders: EmbeddedCatalog.loaders)
}

/// The embedded catalogue files, each decoded once, when first needed.
enum EmbeddedCatalog {
  static let aws = decode(PackageResources.aws_json)
  static let kubernetes = decode(PackageResources.kubernetes_json)
  static let google = decode(PackageResources.google_json)
  static let azurerm = decode(PackageResources.azurerm_json)
  static let helm = decode(PackageResources.helm_json)

  static let loaders: [String: @Sendable () -> CatalogModule?] = [
    "wandb/wandb/aws": { aws }, "wandb/wandb/kubernetes": { kubernetes }, "wandb/wandb/google": { google },
    "wandb/wandb/azurerm": { azurerm }, "wandb/wandb/helm": { helm },
  ]

  /// The one module of a catalogue file.
  private static func decode(_ bytes: [UInt8]) -> CatalogModule {
    do {
      guard let module = try ModuleCatalog(json: bytes).modules.values.first else {
        fatalError("an embedded catalogue file holds no module")
      }
      return module
    } catch {
      // The files are part of the build and covered by tests; a failure here is a build defect.
      fatalError("an embedded catalogue file is invalid: \(error)")
    }
  }
}
