import Scaffold

/// What the majors of `wandb/wandb/google` take in the caller's files, beyond the
/// catalogue's interface differences. Every major is a stop of its own (nothing
/// recorded says two can share an apply).
enum GoogleMigrations {
  private static let module = GoogleLine.module

  static let all: [MajorMigration] = [
    MajorMigration(
      module: module, major: 6,
      renamedInputs: [
        InputRename(
          "gke_node_count", to: ["gke_min_node_count", "gke_max_node_count"],
          note: "the same value for both keeps the node count fixed; widen the range to let it scale")
      ],
      applyNotes: ["size now defaults to \"small\" and fills the machine types it picks: read the plan for node pool changes"]),
    MajorMigration(
      module: module, major: 8,
      applyNotes: ["the plan must move the bucket in state, never destroy it; never apply a release older than 8.0 after this"]),
    MajorMigration(
      module: module, major: 9,
      movedProviderArguments: [
        ProviderArgumentMove(
          providers: ["google", "google-beta"], argument: "default_labels", to: "labels",
          why: "provider default_labels break the Private Service Connect endpoint 9.0 adds")
      ],
      applyNotes: ["keep google_api_psc_ipaddress (default 100.100.100.106) free in the VPC"]),
    MajorMigration(
      module: module, major: 10,
      newInputs: [
        NewInput(
          "create_redis", .expression("false"),
          why: "9.x created no Memorystore by default; 10.0 would add one, billed hourly: set true if you want it")
      ]),
  ]
}
