import HCL
import Testing

@testable import Scaffold

/// The infrastructure module and the app module must agree on the queue and the cache.
@Suite struct AppWiringCheckTests {
  /// A complete aws 2.x + app configuration; `infra` and `app` are extra lines.
  func directory(infra: String, app: String, tfvars: String = "", version: String = "~> 2.0") -> [String: String] {
    [
      "main.tf": """
        module "wandb_infra" {
          source                    = "wandb/wandb/aws"
          version                   = "\(version)"
          namespace                 = "w"
          domain_name               = "example.com"
          zone_id                   = "Z1"
          allowed_inbound_cidr      = []
          allowed_inbound_ipv6_cidr = []
          eks_cluster_version       = "1.28"
        \(infra)
        }

        module "wandb_app" {
          source                     = "wandb/wandb/kubernetes"
          version                    = "~> 1.0"
          license                    = "l"
          host                       = module.wandb_infra.url
          bucket                     = "s3://${module.wandb_infra.bucket_name}"
          database_connection_string = "mysql://${module.wandb_infra.database_connection_string}"
        \(app)
        }

        """,
      "variables.tf": "variable \"internal\" {\n  type = bool\n}\noutput \"x\" {\n  value = var.internal\n}\n",
      "terraform.tfvars": tfvars.isEmpty ? "internal = true\n" : tfvars,
    ]
  }

  func rules(_ files: [String: String]) throws -> [String] {
    CheckFixture.locations(try CheckFixture.check(files).filter { [.unusedQueue, .queueMismatch, .unusedElastiCache, .cacheMismatch].contains($0.rule) })
  }

  @Test func theGuidesRecommendedWiringWastesAQueueAndACache() throws {
    let found = try rules(directory(infra: "", app: "  bucket_queue = \"internal://\""))
    #expect(found == ["main.tf:1:1 unused-elasticache", "main.tf:1:1 unused-sqs-queue"])
  }

  @Test func matchingSettingsAreClean() throws {
    let redis = "  redis_connection_string = \"redis://${module.wandb_infra.elasticache_connection_string}?tls=true\""
    #expect(try rules(directory(infra: "  use_internal_queue = true", app: "  bucket_queue = \"internal://\"\n" + redis)).isEmpty)
    #expect(
      try rules(
        directory(
          infra: "  use_internal_queue = false\n  create_elasticache = false",
          app: "  bucket_queue = \"sqs://${module.wandb_infra.bucket_queue_name}\"")
      ).isEmpty)
  }

  @Test func anSQSQueueThatIsNotCreatedFailsThePlan() throws {
    let found = try rules(
      directory(
        infra: "  use_internal_queue = var.internal\n  create_elasticache = false",
        app: "  bucket_queue = \"sqs://${module.wandb_infra.bucket_queue_name}\""))
    #expect(found == ["main.tf:21:3 queue-mismatch"])
  }

  @Test func valuesBehindVariablesAreFollowedAndUnknownOnesIgnored() throws {
    let app = "  bucket_queue = \"internal://\""
    let infra = "  use_internal_queue = var.internal\n  create_elasticache = false"
    #expect(try rules(directory(infra: infra, app: app, tfvars: "internal = false\n")) == ["main.tf:10:3 unused-sqs-queue"])
    #expect(try rules(directory(infra: infra, app: app, tfvars: "internal = true\n")).isEmpty)
    #expect(try rules(directory(infra: "  use_internal_queue = !var.internal\n  create_elasticache = false", app: app)).isEmpty)
  }

  @Test func theOperatorLineIsNotPaired() throws {
    #expect(try rules(directory(infra: "", app: "  bucket_queue = \"internal://\"", version: "~> 8.0")).isEmpty)
  }

  @Test func aCacheThatIsNotCreatedFailsThePlan() throws {
    let found = try rules(
      directory(
        infra: "  use_internal_queue = true\n  create_elasticache = false",
        app: "  bucket_queue = \"internal://\"\n  redis_connection_string = \"redis://${module.wandb_infra.elasticache_connection_string}?tls=true\""))
    #expect(found == ["main.tf:22:3 cache-mismatch"])
  }

  @Test func aGuardedUseOfTheCacheIsNotReported() throws {
    let guarded = "  redis_connection_string = var.internal ? \"redis://${module.wandb_infra.elasticache_connection_string}\" : \"\""
    #expect(
      try rules(directory(infra: "  use_internal_queue = true\n  create_elasticache = false", app: "  bucket_queue = \"internal://\"\n" + guarded))
        .isEmpty)
  }

  @Test func overrideFilesAreMergedBeforePairing() throws {
    var files = directory(infra: "  use_internal_queue = true", app: "  bucket_queue = \"internal://\"")
    // The cache is switched off in an override file, while the app still reads it there.
    files["wiring_override.tf"] = """
      module "wandb_infra" {
        create_elasticache = false
      }

      module "wandb_app" {
        redis_connection_string = "redis://${module.wandb_infra.elasticache_connection_string}"
      }

      """
    #expect(try rules(files) == ["wiring_override.tf:6:3 cache-mismatch"])
  }
}
