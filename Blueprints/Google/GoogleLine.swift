import Scaffold

/// What the Google Cloud line knows of `wandb/wandb/google`: the module, the
/// cloud, the questions with their flags, tfvars names and validators, the
/// sample answers, and the upgrade facts.
enum GoogleLine {
  /// The module.
  static let module = "wandb/wandb/google"
  /// The cloud.
  static let cloud = Cloud(id: "gcp", name: "Google Cloud")
  /// The first major of the google module where the W&B operator deploys W&B Server (3.0.0, #114).
  static let operatorMajor = 3

  /// Question ids of the Google line, beyond the shared core.
  enum Q {
    static let project = "project"
    static let region = "region"
    static let zone = "zone"
    static let redis = "redis"
    static let pubsub = "pubsub"
    static let dnsZone = "dns-zone"
    static let bucket = "bucket"
    static let nodeType = "node-machine-type"
    static let databaseType = "database-machine-type"
    static let backend = "backend"
    static let stateBucket = "state-bucket"
    static let statePrefix = "state-prefix"
  }

  /// The upgrade facts of `wandb/wandb/google`.
  static let upgrade = UpgradeLine(
    module: module, operatorMajor: operatorMajor, majorNotes: GoogleUpgradeNotes.majors,
    operatorMigrationReference: "terraform-google-wandb CHANGELOG 3.0.0", migrations: GoogleMigrations.all,
    // The GKE control plane's floor (min_master_version), from 10.5.1; the release
    // channel upgrades past it, one minor at a time as GKE does. No range is recorded.
    clusterVersion: ClusterVersionFacts(input: "gke_min_version", flag: "gke-min-version", support: []))

  /// The questions, in wizard order.
  static let questions: [Question] = [
    CoreQuestions.namespace(
      hint: "prefix of every Google Cloud resource name: lowercase letters, digits and '-', at most 32 characters",
      maximumLength: 32, reason: "it names the GKE cluster (NAMESPACE-cluster), which allows at most 40 characters"),
    CoreQuestions.domainName(hint: "the domain of the W&B URL, such as example.com; its A record points at the load balancer"),
    CoreQuestions.subdomainQuestion,
    Question(
      Q.project, valueName: "id", environment: "GOOGLE_CLOUD_PROJECT", prompt: "Google Cloud project id",
      hint: "the project to deploy into, such as acme-ml-prod: see `gcloud projects list`",
      remembered: [.tfvars("project_id")], validate: { raw throws(ValidationError) in try GoogleValidation.projectID(raw) }),
    Question(
      Q.region, valueName: "region", environment: "GOOGLE_REGION", prompt: "Google Cloud region",
      hint: "such as us-central1 or europe-west4", remembered: [.tfvars("region")],
      validate: { raw throws(ValidationError) in try GoogleValidation.region(raw) }),
    Question(
      Q.zone, valueName: "zone", environment: "GOOGLE_ZONE", prompt: "Google Cloud zone",
      hint: "a zone of the region for the google providers' default, such as us-central1-c; empty leaves it unset (the module is regional)",
      optional: true, default: [],
      remembered: [.tfvars("zone")], validate: { raw throws(ValidationError) in try GoogleValidation.zone(raw) }),
    CoreQuestions.allowedCIDR(tfvars: "allowed_inbound_cidrs"),
    CoreQuestions.sizeQuestion,
    CoreQuestions.licenseQuestion,
    Question(
      Q.redis, .toggle, prompt: "Create a Memorystore Redis?",
      hint: "caches queries for faster dashboards; W&B on the operator expects it", default: ["true"],
      remembered: [.moduleArgument("create_redis")]),
    Question(
      Q.pubsub, .toggle, prompt: "Create a Pub/Sub queue for bucket notifications?",
      hint: "the module's default; off uses W&B's internal queue, which performs as well", default: ["true"],
      remembered: [.moduleArgument("use_internal_queue", inverted: true)]),
    Question(
      Q.bucket, valueName: "bucket", prompt: "Your own GCS bucket for W&B files",
      hint: "an existing bucket (compliance, a data lake); W&B then uses its internal queue. Empty: the module's bucket",
      optional: true, default: [], remembered: [.tfvars("bucket_name")],
      validate: { raw throws(ValidationError) in try GoogleValidation.bucket(raw) }),
    Question(
      Q.dnsZone, valueName: "name", prompt: "Cloud DNS managed zone for the A record",
      hint: "the name of an existing managed zone serving the domain (`gcloud dns managed-zones list`); empty: create the A record yourself",
      optional: true, default: [], remembered: [.tfvars("dns_zone")],
      validate: { raw throws(ValidationError) in try GoogleValidation.managedZone(raw) }),
    CoreQuestions.workloadQuestion,
    CoreQuestions.environmentQuestion,
    Question(
      Q.nodeType, valueName: "type", prompt: "GKE node machine type",
      hint: "GKE node machine type (wins over --workload and the size preset)", optional: true, default: [],
      remembered: [.regenerateCommand], isAsked: false, validate: { raw throws(ValidationError) in try GoogleValidation.machineType(raw) }),
    Question(
      Q.databaseType, valueName: "tier", prompt: "Cloud SQL machine type",
      hint: "Cloud SQL machine type (wins over --workload and the size preset)", optional: true, default: [],
      remembered: [.regenerateCommand], isAsked: false, validate: { raw throws(ValidationError) in try GoogleValidation.databaseTier(raw) }),
    Question(
      Q.backend, .choice(["gcs"]), valueName: "kind", prompt: "Remote state backend", hint: "remote state backend",
      optional: true, default: [], remembered: [.backendType("gcs")], isAsked: false),
    Question(
      Q.stateBucket, valueName: "bucket", prompt: "GCS bucket for the Terraform state",
      hint: "an existing bucket keeps the state safe, shared and locked; empty keeps a local state file (trials only)",
      optional: true, default: [], remembered: [.backendArgument(type: "gcs", name: "bucket")],
      requiredWhen: (Q.backend, "gcs"), validate: { raw throws(ValidationError) in try GoogleValidation.bucket(raw) }),
    Question(
      Q.statePrefix, valueName: "prefix", prompt: "Object prefix of the state", hint: "object prefix of the state",
      default: ["wandb"], remembered: [.backendArgument(type: "gcs", name: "prefix")], isAsked: false,
      requires: Q.stateBucket, validate: { raw throws(ValidationError) in try GoogleValidation.statePrefix(raw) }),
  ]

  /// The sample answers of `init --example`.
  static let exampleAnswers: [String: [String]] = [
    CoreQuestions.namespace: ["wandb-example"], CoreQuestions.domainName: ["example.com"],
    CoreQuestions.subdomain: ["wandb"], Q.project: ["wandb-example-project"], Q.region: ["us-central1"],
    CoreQuestions.allowedCIDR: ["198.51.100.0/24"],
  ]
}
