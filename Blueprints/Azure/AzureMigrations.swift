import Scaffold

/// What the majors of `wandb/wandb/azurerm` take in the caller's files, beyond the
/// catalogue's interface differences. Every major is a stop of its own.
enum AzureMigrations {
  private static let module = AzureLine.module

  static let all: [MajorMigration] = [
    MajorMigration(
      module: module, major: 3,
      addedBlocks: [
        BlockAddition(
          type: "provider", labels: ["azapi"], after: (type: "provider", label: "azurerm"), body: ["{copy:subscription_id}"],
          why: "3.0 creates resources with the azapi provider; it takes the subscription provider \"azurerm\" names")
      ],
      extraProviders: [
        "azapi": ProviderRequirement(source: "azure/azapi", version: try! VersionConstraint("~> 1.0", dialect: .provider))
      ],
      applyNotes: ["the node pools move to the availability zones the module picks: read the plan"]),
    MajorMigration(
      module: module, major: 4,
      // 3.x used one node pool of kubernetes_node_count nodes across its zones and, with
      // size unset, these classes; 4.0 makes a pool per zone and fills unset sizes from
      // size = "small" (terraform-azurerm-wandb 3.0.3 main.tf, 4.0.0 modules/app_aks).
      newInputs: [
        NewInput(
          "kubernetes_instance_type", .expression("\"Standard_D4a_v4\""),
          why: "the 3.x default; 4.0 would take the small preset's VM size", unlessSet: ["size"]),
        NewInput(
          "database_sku_name", .expression("\"GP_Standard_D4ds_v4\""),
          why: "the 3.x default; 4.0 would change the database server to the small preset's SKU", unlessSet: ["size"]),
        NewInput(
          "kubernetes_min_node_per_az", .expression("1"),
          why: "3.x ran 2 nodes over its 2 default zones; 4.0 counts per zone", unlessSet: ["size"]),
        NewInput(
          "kubernetes_max_node_per_az", .expression("1"),
          why: "the same fixed count; widen it to let the pools scale", unlessSet: ["size"]),
      ],
      renamedInputs: [
        InputRename(
          "kubernetes_node_count", to: ["kubernetes_min_node_per_az", "kubernetes_max_node_per_az"],
          note: "3.x counted nodes for the whole pool, 4.0 per zone: a constant is divided by the number of zones",
          perZone: (zoneLists: ["node_pool_zones", "node_pool_num_zones"], defaultZones: 2))
      ],
      applyNotes: ["the node pool is split into one pool per zone: read the plan for the pools it replaces"]),
    MajorMigration(
      module: module, major: 7,
      newInputs: [
        NewInput(
          "create_redis", .expression("false"),
          why: "6.x created no Azure Cache for Redis by default; 7.0 would add one, billed hourly: set true if you want it")
      ],
      applyNotes: [
        "from 7.4.2 the azurerm provider is 4.x: provider \"azurerm\" needs subscription_id (or ARM_SUBSCRIPTION_ID) and features {}",
        "if database_version is unset the module still defaults to MySQL 5.7: `wbscaffold check` says what moving to 8.0.21 does on your release",
      ]),
  ]
}
