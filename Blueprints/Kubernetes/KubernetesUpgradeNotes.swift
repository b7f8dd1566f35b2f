import Scaffold

/// The breaking changes of each major of `wandb/wandb/helm`, from its CHANGELOG.
enum KubernetesUpgradeNotes {
  private static func note(_ major: Int, _ title: String, _ requirements: [String], risks: [String]) -> MajorUpgradeNote {
    MajorUpgradeNote(
      module: KubernetesLine.module, major: major, title: title, requirements: requirements, downgradeRisks: risks,
      reference: "terraform-helm-wandb CHANGELOG \(major).0.0")
  }

  /// The `wandb/wandb/helm` majors.
  static let majors: [MajorUpgradeNote] = [
    note(
      2, "the operator and CR releases can be turned off; Terraform 1.9 or later",
      [
        "set required_version to \"~> 1.9\" or later (the release toggles need Terraform 1.9)",
        "the helm releases move to helm_release.operator[0] and helm_release.wandb[0] (moved blocks do it; the plan must not destroy them)",
      ],
      risks: ["the moved releases must be moved back by hand"]),
    note(
      3, "helm chart toggles", ["review enable_helm_operator and enable_helm_wandb (both default to true)"],
      risks: []),
    note(
      4, "helm chart toggles again; the controller image repository is an input",
      ["review controller_image_repository (default wandb/controller) if you mirror images"],
      risks: ["controller_image_repository is no longer an input below 4.0"]),
  ]
}
