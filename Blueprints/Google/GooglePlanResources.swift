import Scaffold

/// What `plan-review` flags in a plan of `wandb/wandb/google`: the resource
/// types that hold W&B's data, and the cluster.
enum GooglePlanResources {
  /// The table.
  static let table = PlanResourceTable(types: [
    "google_sql_database_instance": PlanResourceSentences.database("the Cloud SQL instance"),
    "google_storage_bucket": PlanResourceSentences.files("the Cloud Storage bucket"),
    "google_kms_crypto_key": PlanResourceSentences.key("the Cloud KMS key"),
    "google_redis_instance": PlanResourceSentences.cache("the Memorystore instance"),
    "google_container_cluster": PlanResourceSentences.cluster("the GKE cluster"),
  ])
}
