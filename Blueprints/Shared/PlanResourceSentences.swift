import Scaffold

/// The sentences the module lines' plan-review tables share: what each kind of
/// W&B resource holds, in one wording across clouds. Each completes
/// "ADDRESS would be destroyed: ...".
enum PlanResourceSentences {
  /// A database server or cluster, such as `the Aurora cluster`.
  static func database(_ what: String) -> PlanResourceTable.Entry {
    .init(.holdsData, "\(what) holds the W&B database (users, projects, runs and their metadata); without a backup you keep, it is gone")
  }

  /// A bucket, storage account or container, such as `the bucket`.
  static func files(_ what: String) -> PlanResourceTable.Entry {
    .init(.holdsData, "\(what) holds W&B's files (artifacts, media, run files); with force_destroy every object goes with it")
  }

  /// An encryption key or its vault, such as `the KMS key`.
  static func key(_ what: String) -> PlanResourceTable.Entry {
    .init(.holdsData, "\(what) encrypts W&B's database, files or secrets: once it is gone, what it encrypted cannot be read")
  }

  /// A Redis with persistence, such as `the ElastiCache replication group`.
  static func cache(_ what: String) -> PlanResourceTable.Entry {
    .init(.holdsData, "\(what) holds W&B's Redis data (cache, task queue, sessions); it is lost with it")
  }

  /// A Kubernetes cluster, such as `the EKS cluster`.
  static func cluster(_ what: String) -> PlanResourceTable.Entry {
    .init(
      .disruptive,
      "\(what) runs W&B: a new one starts empty, and W&B is down until the operator, W&B Server and its ingress are deployed again")
  }
}
