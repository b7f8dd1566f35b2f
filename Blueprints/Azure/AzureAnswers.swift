import Scaffold

/// The Azure line's answers, typed: the accessors it renders from, and what it
/// completes after validation (sizing, the DNS and state pairs, the backend).
extension Answers {
  private typealias Z = AzureLine.Q

  /// The subscription id.
  var subscriptionID: String { string(Z.subscription) ?? "" }
  /// The location name, such as `eastus`.
  var location: String { string(Z.location) ?? "" }
  /// Whether to create an Azure Cache for Redis.
  var azureRedis: Bool { isOn(Z.redis) }
  /// Whether the module creates a Storage queue for blob notifications (`use_internal_queue = false`).
  var storageQueue: Bool { isOn(Z.storageQueue) }
  /// The Azure DNS zone and its resource group, when Terraform writes the A record.
  var azureDNS: (zone: String, resourceGroup: String)? {
    guard let zone = string(Z.dnsZone), !zone.isEmpty, let group = string(Z.dnsResourceGroup), !group.isEmpty else {
      return nil
    }
    return (zone, group)
  }
  /// The azurerm state backend, if a state storage account was given.
  var azurermBackend: AzurermBackend? {
    guard let account = string(Z.stateStorageAccount), !account.isEmpty else { return nil }
    return AzurermBackend(
      resourceGroup: string(Z.stateResourceGroup) ?? "", storageAccount: account,
      container: string(Z.stateContainer) ?? "tfstate", key: string(Z.stateKey) ?? "wandb.tfstate")
  }
}

/// The azurerm state backend: a blob in a container of a storage account (the
/// blob's lease locks the state).
struct AzurermBackend: Sendable, Equatable {
  var resourceGroup: String
  var storageAccount: String
  var container: String
  var key: String
}

/// The Azure line's completion: reference sizing, the size preset, the pairs of
/// questions that go together.
enum AzureCompletion {
  /// The reference architecture's Azure machine types ("Sizing" table, Azure), in
  /// their premium-storage `s` form, which the module's presets use for AKS nodes.
  static func reference(_ workload: Workload, _ environment: Environment) -> Sizing {
    let node: String
    switch (workload, environment) {
    case (.models, .dev): node = "Standard_E2s_v5"
    case (.weave, .dev), (.both, .dev): node = "Standard_E4s_v5"
    case (.models, .prod): node = "Standard_E8s_v5"
    case (.weave, .prod), (.both, .prod): node = "Standard_E16s_v5"
    }
    return Sizing(
      nodeMachineTypes: [node], databaseClass: environment == .dev ? "MO_Standard_E2ds_v4" : "MO_Standard_E8ds_v4",
      origin: Sizing.referenceOrigin(workload, environment))
  }

  /// The azurerm module's size presets (`deployment-size.tf` of 7.9.2): MySQL SKU
  /// and AKS node VM size (1 to 4 nodes per zone in every preset).
  static let presets = [
    SizePreset("small", database: "MO_Standard_E2ds_v4", node: "Standard_E8s_v5"),
    SizePreset("medium", database: "MO_Standard_E4ds_v4", node: "Standard_E16s_v5"),
    SizePreset("large", database: "MO_Standard_E8ds_v4", node: "Standard_E16s_v5"),
    SizePreset("xlarge", database: "MO_Standard_E16ds_v4", node: "Standard_E16s_v5"),
    SizePreset("xxlarge", database: "MO_Standard_E32ds_v4", node: "Standard_E16s_v5"),
  ]

  /// Sizing from the workload and explicit types; the preset that matches the
  /// database SKU unless `--size` was explicit; the backend; the DNS zone and the
  /// state storage account each with its resource group.
  static func complete(_ a: inout Answers, explicit: Set<String>) -> [AnswerProblem] {
    typealias Z = AzureLine.Q
    ReferenceSizing.complete(
      &a, explicit: explicit, nodes: a.string(Z.nodeSize).map { [$0] } ?? [], database: a.string(Z.databaseSKU),
      presets: presets, reference: reference)
    if a.string(Z.stateStorageAccount).map({ !$0.isEmpty }) == true { a.set(Z.backend, "azurerm") }
    var problems: [AnswerProblem] = []
    for (first, second, why) in [
      (Z.dnsZone, Z.dnsResourceGroup, "the A record is written into the zone, which Azure finds by its resource group"),
      (Z.stateStorageAccount, Z.stateResourceGroup, "the azurerm backend looks up the account's access key in its resource group"),
    ] where a.string(first).map({ !$0.isEmpty }) == true && (a.string(second) ?? "").isEmpty {
      problems.append(
        AnswerProblem(question: second, source: "--\(second)", message: "--\(first) needs --\(second): \(why)"))
    }
    return problems
  }
}
