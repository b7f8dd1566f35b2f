import Scaffold

/// The breaking changes of each major of `wandb/wandb/google`, from the module's
/// CHANGELOG (the "BREAKING CHANGES" of each x.0.0) and the research notes.
enum GoogleUpgradeNotes {
  private static func note(
    _ major: Int, _ title: String, _ requirements: [String], risks: [String], pr: String
  ) -> MajorUpgradeNote {
    MajorUpgradeNote(
      module: GoogleLine.module, major: major, title: title, requirements: requirements, downgradeRisks: risks,
      reference: "terraform-google-wandb CHANGELOG \(major).0.0 (\(pr))")
  }

  /// The `wandb/wandb/google` majors.
  static let majors: [MajorUpgradeNote] = [
    note(
      2, "the operator chart version is bumped", ["review the plan for the operator chart upgrade"],
      risks: ["the operator chart is rolled back"], pr: "#105"),
    note(
      3, "the W&B operator deploys W&B Server by default",
      [
        "configure a helm provider next to the kubernetes provider (the operator is installed with helm)",
        "wandb_version is no longer set in Terraform: the operator takes it from W&B's release channel; pin it in the W&B System Console",
        "the cluster needs egress to deploy.wandb.ai",
      ],
      risks: ["the operator and the WeightsAndBiases resource are destroyed"], pr: "#114"),
    note(
      4, "an index error fix marked as breaking", ["no input changes; review the plan"], risks: [], pr: "#146"),
    note(
      5, "service accounts are mapped for the W&B workloads",
      ["review the plan for new service accounts and IAM bindings"],
      risks: ["the workload service accounts and their bindings are removed"], pr: "#151"),
    note(
      6, "autoscaling; node-count inputs renamed and defaults removed",
      [
        "replace gke_node_count with gke_min_node_count and gke_max_node_count (or rely on size)",
        "size now defaults to \"small\" and fills machine types from the preset",
      ],
      risks: ["the renamed inputs must be renamed back"], pr: "#169"),
    note(
      7, "helm-wandb 2.0; Terraform 1.9 or later",
      ["set required_version to \"~> 1.9\" (the module requires Terraform ~> 1.9)"],
      risks: ["the helm-wandb state moves must be undone by hand"], pr: "#200"),
    note(
      8, "a default bucket is always created",
      ["read the plan: the bucket must be moved in state, never destroyed"],
      risks: ["applying a version older than 8.0 after 8.x may DELETE the bucket"], pr: "#189"),
    note(
      9, "Google API traffic goes through a Private Service Connect endpoint",
      [
        "remove default_labels from the google providers (they break the PSC endpoint); use the module's labels input",
        "keep google_api_psc_ipaddress free in the VPC (default 100.100.100.106)",
      ],
      risks: ["the PSC endpoint and its DNS overrides are destroyed"], pr: "#212"),
    note(
      10, "the Redis connection is handed to the operator; create_redis defaults to true",
      [
        "create_redis now defaults to true: set it explicitly, a Memorystore instance is billed hourly",
        "review the plan for the operator spec's new Redis settings",
      ],
      risks: ["the operator loses the Redis settings for console metrics"], pr: "#230"),
  ]
}
