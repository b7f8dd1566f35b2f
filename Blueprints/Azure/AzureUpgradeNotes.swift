import Scaffold

/// The breaking changes of each major of `wandb/wandb/azurerm`, from the module's
/// CHANGELOG, its README "Upgrading" sections and the research notes.
enum AzureUpgradeNotes {
  private static func note(
    _ major: Int, _ title: String, _ requirements: [String], risks: [String], pr: String
  ) -> MajorUpgradeNote {
    MajorUpgradeNote(
      module: AzureLine.module, major: major, title: title, requirements: requirements, downgradeRisks: risks,
      reference: "terraform-azurerm-wandb CHANGELOG \(major).0.0\(pr.isEmpty ? "" : " (\(pr))")")
  }

  /// The `wandb/wandb/azurerm` majors.
  static let majors: [MajorUpgradeNote] = [
    note(
      2, "the W&B operator deploys W&B Server",
      [
        "configure a helm provider next to the kubernetes provider (the operator is installed with helm)",
        "wandb_version is no longer set in Terraform: the operator takes it from W&B's release channel; pin it in the W&B System Console",
        "the cluster needs egress to deploy.wandb.ai",
      ],
      risks: ["the operator and the WeightsAndBiases resource are destroyed"], pr: "#23"),
    note(
      3, "availability zones are chosen automatically; the azapi provider is required",
      [
        "add azure/azapi to required_providers and a provider \"azapi\" block (configured like azurerm)",
        "review the plan: node pools move to the zones the module picks",
      ],
      risks: ["the node pools move back to their old zones"], pr: ""),
    note(
      4, "autoscaling; size defaults to \"small\"",
      ["size now fills the node, database and Redis sizes: set it explicitly, or review what small picks"],
      risks: ["node pools lose autoscaling"], pr: ""),
    note(
      5, "Terraform 1.9 or later", ["set required_version to \"~> 1.9\" (the module requires Terraform ~> 1.9)"],
      risks: [], pr: ""),
    note(
      6, "external Redis toggles", ["review use_external_redis: an external Redis instead of the module's"],
      risks: [], pr: ""),
    note(
      7, "create_redis defaults to true; azurerm provider 4.x from 7.4.2",
      [
        "create_redis now defaults to true: set it explicitly, an Azure Cache for Redis is billed hourly",
        "from 7.4.2 the azurerm provider must be \"~> 4.26\": set subscription_id in provider \"azurerm\" (or ARM_SUBSCRIPTION_ID) and keep features {}",
        "if database_version is unset, set it to \"8.0.21\": the module still defaults to MySQL 5.7, which W&B Server does not support; up to 7.8.0 changing it replaces the database server, from 7.9 it upgrades in place (irreversibly)",
      ],
      risks: ["a MySQL major upgrade cannot be rolled back; restore from a backup"], pr: ""),
  ]
}
