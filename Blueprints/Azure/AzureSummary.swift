import Scaffold

/// How the Azure line describes what it deploys: the README's choices and
/// diagram, the wizard's summary, the warnings, the DNS step and the toggle notes.
enum AzureSummary {
  /// The summary of `a` on `blueprint`.
  static func describe(_ a: Answers, pins: [PinKey: String], blueprint: any Blueprint) -> DeploymentSummary {
    typealias S = DeploymentSummary.Setting
    var settings: [S] = []
    if let preset = AzureCompletion.presets.first(where: { $0.size == (a.size ?? "small") }) {
      let overrides = ReferenceSizing.overrides(a)
      let written = " (\(overrides?.origin ?? ""), written over the preset)"
      let node = overrides?.node.map { ($0, written) } ?? (preset.node, " (size preset; 1 to 4 nodes in each of 2 zones)")
      let database = overrides?.database.map { ($0, written) } ?? (preset.database, " (size preset)")
      settings.append(.code("AKS node VM size", node.0, suffix: node.1, jsonKey: "nodeVmSize"))
      settings.append(.code("MySQL flexible server SKU", database.0, suffix: database.1, jsonKey: "databaseSku"))
    }
    settings.append(.code("MySQL version", AzureLine.mysqlVersion, suffix: " (MySQL 8.0; the module's default is 5.7)", jsonKey: "mysqlVersion"))
    settings.append(.toggle("Azure Cache for Redis", a.azureRedis, jsonKey: "redis"))
    settings.append(.toggle("Storage queue", a.storageQueue, jsonKey: "storageQueue"))
    settings.append(
      a.azureDNS.map { .code("DNS A record", $0.zone, suffix: " (Azure DNS zone in \($0.resourceGroup))", jsonKey: "dnsZone") }
        ?? S("DNS A record", markdown: "by hand", text: "by hand", jsonKey: "dnsZone", json: .string("")))
    let backend = a.azurermBackend.map { b in
      let text = "\(b.storageAccount)/\(b.container)/\(b.key)"
      return S(
        "state", markdown: "azurerm `\(text)` (resource group `\(b.resourceGroup)`, locked by the blob's lease)", text: text,
        jsonKey: "backend", json: .string(text))
    }

    var warnings = [DeploymentSummary.wholeInternetWarning(a.allowedCIDRs, variable: "allowed_ip_ranges")].compactMap { $0 }
    if !a.allowedCIDRs.isEmpty, !a.allowedCIDRs.contains("0.0.0.0/0") {
      warnings.append(
        "allowed_ip_ranges is an allow-list on the Application Gateway: Let's Encrypt must still reach port 80 for the module's cert-manager to issue the certificate (HTTP-01)")
    }
    if !a.azureRedis {
      warnings.append(
        "--no-redis on azure-v7: the module then tells the operator to install no Redis and hands it no host; unless the operator version you run deploys one in the cluster, give W&B your own (use_external_redis and external_redis_host in the module block)")
    }
    if backend == nil { warnings.append(DeploymentSummary.localStateWarning(advice: "--backend azurerm")) }
    if let off = DeploymentSummary.deletionProtectionWarning(a) { warnings.append(off) }

    let notes = [
      a.azureRedis
        ? "Redis on: an Azure Cache for Redis (Standard C-family, billed hourly) caches queries for faster dashboards"
        : "Redis off: no Azure Cache for Redis; dashboards query the database directly",
      a.storageQueue
        ? "Storage queue on: an Event Grid topic sends blob notifications to a Storage queue"
        : "Storage queue off: the app's built-in queue handles blob notifications; no queue or Event Grid resources",
    ]
    var summary = DeploymentSummary(
      blueprint: blueprint, answers: a, pins: pins, title: "W&B Server on Azure", settings: settings, backend: backend,
      remoteStateAdvice:
        "`wbscaffold init --force --backend azurerm --state-storage-account <account> --state-resource-group <group>` (the account and its `tfstate` container must exist)",
      warnings: warnings, notes: notes, troubleshooting: troubleshooting, manualSteps: manualSteps(a), diagram: diagram(a),
      filePurposes: ["versions.tf": "Terraform and provider versions, the azurerm and azapi providers and the state backend"])
    summary.reviewed = [
      .code("namespace", a.namespace, jsonKey: "namespace"), .code("subscription", a.subscriptionID, jsonKey: "subscription"),
      .code("location", a.location, jsonKey: "location"), .codes("allowed CIDRs", a.allowedCIDRs, jsonKey: "allowedCidrs"),
    ]
    return summary
  }

  /// What to do around the first apply: credentials, names, and the A record unless Terraform writes it.
  static func manualSteps(_ a: Answers) -> [String] {
    var steps = [
      "Terraform authenticates with the Azure CLI (`az login`, then `az account set --subscription \(a.subscriptionID)`) "
        + "or a service principal in CI (`ARM_CLIENT_ID`, `ARM_CLIENT_SECRET`, `ARM_TENANT_ID`), with Owner (or "
        + "Contributor and User Access Administrator) on the subscription.",
      "The resource group `\(a.namespace)` must not exist yet; the storage account `\(storageAccountName(a.namespace))`, "
        + "the Key Vault `\(a.namespace)-vault` and the Redis cache `\(a.namespace)` take globally "
        + "unique names. A destroyed Key Vault stays reserved for 90 days (soft delete).",
    ]
    if let dns = a.azureDNS {
      steps.append(
        "The A record for `\(a.fqdn)` is written into the DNS zone `\(dns.zone)` (resource group `\(dns.resourceGroup)`); "
          + "cert-manager gets the Let's Encrypt certificate once the name resolves.")
    } else {
      steps.append(
        "The module makes no DNS record. After the apply, create an A record for `\(a.fqdn)` pointing at "
          + "`terraform output -raw address` (or re-run with `--dns-zone <zone> --dns-resource-group <group>` to have "
          + "Terraform write it). cert-manager gets the Let's Encrypt certificate only once that name resolves.")
    }
    return steps
  }

  /// The storage account the module names after the namespace (`-` removed, 17 characters, then `storage`).
  static func storageAccountName(_ namespace: String) -> String {
    String(namespace.filter { $0 != "-" }.prefix(17)) + "storage"
  }

  static let troubleshooting = [
    "**`MissingSubscriptionRegistration`** for a resource provider: register it once with "
      + "`az provider register --namespace Microsoft.ContainerService` (likewise `Microsoft.DBforMySQL`, "
      + "`Microsoft.Cache`, `Microsoft.EventGrid`), then apply again.",
    "**`Invalid index` or an empty zone list** in the node pools: the node VM size is not offered in enough zones of "
      + "the location; pick a size the location offers in two zones (`az vm list-skus -l LOCATION --size SIZE`).",
    "**`ScopeLocked` on destroy**: `deletion_protection` locks the database and storage account; apply with it set "
      + "to false first.",
  ]

  /// A Mermaid flowchart of the deployment; Redis and the Storage queue appear only when enabled.
  static func diagram(_ a: Answers) -> [String] {
    var lines = [
      "flowchart LR",
      "  users([Users and SDKs]) -->|HTTPS| agw[Application Gateway]",
      a.azureDNS == nil ? "  dns[A record, created by hand] -.-> agw" : "  dns[Azure DNS A record] -.-> agw",
      "  agw --> aks[AKS cluster: W&B Server]",
      "  aks --> mysql[(MySQL flexible server 8.0)]",
      "  aks --> blob[(Blob storage)]",
      "  aks --> vault[Key Vault]",
    ]
    if a.azureRedis { lines.append("  aks --> redis[(Azure Cache for Redis)]") }
    if a.storageQueue {
      lines.append("  blob -->|Event Grid| queue[[Storage queue]]")
      lines.append("  queue --> aks")
    }
    return lines
  }
}
