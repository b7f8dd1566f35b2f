import Scaffold

/// The Google line's answers, typed: the accessors it renders from, and what it
/// completes after validation (the zone, sizing, the GCS backend).
extension Answers {
  private typealias G = GoogleLine.Q

  /// The Google Cloud project id.
  var project: String { string(G.project) ?? "" }
  /// The Google Cloud region (shared id with the AWS lines, its own validator).
  var googleRegion: String { string(G.region) ?? "" }
  /// The zone, if one was given: the module needs none (GKE and Cloud SQL are
  /// regional), and not every region has a zone `a`.
  var zone: String? { string(G.zone).flatMap { $0.isEmpty ? nil : $0 } }
  /// Whether to create a Memorystore Redis.
  var memorystore: Bool { isOn(G.redis) }
  /// Whether the module creates a Pub/Sub queue (`use_internal_queue = false`).
  var pubsub: Bool { isOn(G.pubsub) }
  /// The user's own GCS bucket, if any.
  var ownGCSBucket: String? { string(G.bucket).flatMap { $0.isEmpty ? nil : $0 } }
  /// The Cloud DNS managed zone in which to write the A record, if any.
  var dnsZone: String? { string(G.dnsZone).flatMap { $0.isEmpty ? nil : $0 } }
  /// The GCS state backend, if a state bucket was given.
  var gcsBackend: GCSBackend? {
    string(G.stateBucket).map { GCSBackend(bucket: $0, prefix: string(G.statePrefix) ?? "wandb") }
  }
}

/// The GCS state backend: bucket and object prefix (GCS locks the state itself).
struct GCSBackend: Sendable, Equatable {
  var bucket: String
  var prefix: String
}

/// The Google line's completion: reference sizing, the size preset, the zone.
enum GoogleCompletion {
  /// The reference architecture's Google Cloud machine types ("Sizing" table, GCP).
  static func reference(_ workload: Workload, _ environment: Environment) -> Sizing {
    let node: String
    switch (workload, environment) {
    case (.models, .dev): node = "n2-highmem-2"
    case (.weave, .dev), (.both, .dev): node = "n2-highmem-4"
    case (.models, .prod): node = "n2-highmem-8"
    case (.weave, .prod), (.both, .prod): node = "n2-highmem-16"
    }
    return Sizing(
      nodeMachineTypes: [node], databaseClass: environment == .dev ? "db-n1-highmem-2" : "db-n1-highmem-8",
      origin: Sizing.referenceOrigin(workload, environment))
  }

  /// The google module's size presets (`deployment-size.tf` of 10.5.4 and later;
  /// 10.0.0 to 10.5.3 had smaller node types): Cloud SQL tier and node type.
  static let presets = [
    SizePreset("small", database: "db-n1-highmem-2", node: "n2-highmem-8"),
    SizePreset("medium", database: "db-n1-highmem-4", node: "n2-highmem-16"),
    SizePreset("large", database: "db-n1-highmem-8", node: "n2-highmem-16"),
    SizePreset("xlarge", database: "db-n1-highmem-16", node: "n2-highmem-16"),
    SizePreset("xxlarge", database: "db-n1-highmem-32", node: "n2-highmem-16"),
  ]

  /// Sizing from the workload and explicit machine types; the preset that matches
  /// the database tier unless `--size` was explicit; the zone within the region.
  static func complete(_ a: inout Answers, explicit: Set<String>) -> [AnswerProblem] {
    ReferenceSizing.complete(
      &a, explicit: explicit, nodes: a.string(GoogleLine.Q.nodeType).map { [$0] } ?? [],
      database: a.string(GoogleLine.Q.databaseType), presets: presets, reference: reference)
    if a.string(GoogleLine.Q.stateBucket) != nil { a.set(GoogleLine.Q.backend, "gcs") }
    let queue = OwnBucket.resolveQueue(
      &a, bucket: GoogleLine.Q.bucket, queue: GoogleLine.Q.pubsub, explicit: explicit,
      why: "the google module attaches its Pub/Sub notifications only to the bucket it creates itself, so W&B would never hear of uploads to yours")
    if !queue.isEmpty { return queue }
    if let given = a.string(GoogleLine.Q.zone), !given.isEmpty,
      let (region, _) = GoogleValidation.splitZone(given), region != a.googleRegion
    {
      return [
        AnswerProblem(
          question: GoogleLine.Q.zone, source: "--zone",
          message: "zone '\(given)' is in region \(region), not in \(a.googleRegion): give a zone of \(a.googleRegion), or --zone '' to leave it unset")
      ]
    }
    return []
  }
}
