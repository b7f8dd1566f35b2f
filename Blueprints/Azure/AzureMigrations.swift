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
