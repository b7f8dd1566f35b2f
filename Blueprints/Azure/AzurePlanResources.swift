import Scaffold

/// What `plan-review` flags in a plan of `wandb/wandb/azurerm`: the resource
/// types that hold W&B's data, and the cluster.
enum AzurePlanResources {
  /// The table.
  static let table = PlanResourceTable(types: [
    "azurerm_mysql_flexible_server": PlanResourceSentences.database("the MySQL flexible server"),
    "azurerm_storage_account": PlanResourceSentences.files("the storage account"),
    "azurerm_storage_container": PlanResourceSentences.files("the storage container"),
    "azurerm_key_vault": PlanResourceSentences.key("the key vault (with its keys)"),
    "azurerm_key_vault_key": PlanResourceSentences.key("the Key Vault key"),
    "azurerm_redis_cache": PlanResourceSentences.cache("the Azure Cache for Redis"),
    "azurerm_kubernetes_cluster": PlanResourceSentences.cluster("the AKS cluster"),
  ])
}
