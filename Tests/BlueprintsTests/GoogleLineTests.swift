import HCL
import Testing

@testable import Blueprints
@testable import Scaffold

/// The Google line's validators, each with the fix it suggests.
@Suite struct GoogleValidationTests {
  func message(_ body: () throws -> String) -> String {
    do {
      return "accepted \(try body())"
    } catch let error as ValidationError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test func projectIDs() throws {
    #expect(try GoogleValidation.projectID(" acme-ml-prod ") == "acme-ml-prod")
    #expect(message { try GoogleValidation.projectID("Acme-ML-Prod") } == "'Acme-ML-Prod' must be lowercase: 'acme-ml-prod'")
    #expect(message { try GoogleValidation.projectID("123456789012") }.contains("looks like a project number"))
    #expect(message { try GoogleValidation.projectID("acme") } == "'acme' is 4 characters; a project id has 6 to 30")
    for bad in ["1acme-prod", "acme-prod-", "acme_ml_prod", "acme.ml.prod", String(repeating: "a", count: 31)] {
      #expect(throws: ValidationError.self, "\(bad)") { try GoogleValidation.projectID(bad) }
    }
  }

  @Test func regionsAndZones() throws {
    for good in ["us-central1", "europe-west4", "northamerica-northeast1", "me-central2", "asia-southeast1"] {
      #expect(try GoogleValidation.region(good) == good)
    }
    #expect(message { try GoogleValidation.region("US-CENTRAL1") } == "'US-CENTRAL1' must be lowercase: 'us-central1'")
    #expect(message { try GoogleValidation.region("us-east-1") }.contains("the Google Cloud region is 'us-east1'"))
    #expect(message { try GoogleValidation.region("us-central1-a") }.contains("is a zone; its region is 'us-central1'"))
    #expect(throws: ValidationError.self) { try GoogleValidation.region("uscentral") }
    #expect(try GoogleValidation.zone("europe-west4-b") == "europe-west4-b")
    #expect(message { try GoogleValidation.zone("us-central1") }.contains("is a region; a zone adds a letter, like 'us-central1-a'"))
    for bad in ["us-central1-ab", "us-central1-1", "us-central1-A"] {
      #expect(throws: ValidationError.self, "\(bad)") { try GoogleValidation.zone(bad) }
    }
  }

  @Test func machineTypesAndTiers() throws {
    #expect(try GoogleValidation.machineType("n2-highmem-16") == "n2-highmem-16")
    #expect(try GoogleValidation.machineType("custom-8-65536") == "custom-8-65536")
    #expect(throws: ValidationError.self) { try GoogleValidation.machineType("r6i.xlarge") }
    #expect(throws: ValidationError.self) { try GoogleValidation.machineType("db-n1-highmem-2") }
    #expect(try GoogleValidation.databaseTier("db-custom-4-26624") == "db-custom-4-26624")
    #expect(message { try GoogleValidation.databaseTier("n1-highmem-8") }.contains("like 'db-n1-highmem-8'"))
  }

  @Test func bucketsPrefixesAndZoneNames() throws {
    #expect(try GoogleValidation.bucket("acme-terraform-state") == "acme-terraform-state")
    #expect(try GoogleValidation.bucket("state.acme.example") == "state.acme.example")
    #expect(message { try GoogleValidation.bucket("gs://acme-state/wandb") }.contains("without 'gs://': 'acme-state'"))
    for bad in ["ab", "Acme-State", "-acme", "goog-state", "acme state"] {
      #expect(throws: ValidationError.self, "\(bad)") { try GoogleValidation.bucket(bad) }
    }
    #expect(try GoogleValidation.statePrefix("teams/ml/wandb") == "teams/ml/wandb")
    for bad in ["/wandb", "wandb/", "a//b", ""] {
      #expect(throws: ValidationError.self, "\(bad)") { try GoogleValidation.statePrefix(bad) }
    }
    #expect(try GoogleValidation.managedZone("example-com") == "example-com")
    #expect(message { try GoogleValidation.managedZone("example.com.") }.contains("is a DNS name"))
  }
}

/// The line's own rules and the shared ones, on configurations calling the google module.
@Suite struct GoogleCheckTests {
  func findings(_ arguments: String, versions: String = "") throws -> [String] {
    AWSCheckFixture.locations(
      try AWSCheckFixture.check([
        "main.tf": """
          module "wandb" {
            source    = "wandb/wandb/google"
            version   = "~> 10.0"
            namespace = "w"
            license   = "l"
          \(arguments)
          }

          """ + versions
      ]))
  }

  @Test func operatorIgnoresTheVersionInputs() throws {
    #expect(
      try findings("  wandb_version = \"0.60.0\"\n  wandb_image = \"wandb/local\"")
        == ["main.tf:6:3 ineffective-module-argument", "main.tf:7:3 ineffective-module-argument"])
    #expect(try findings("  domain_name = \"example.com\"").isEmpty)
  }

  @Test func sizeMustBeAPreset() throws {
    #expect(try findings("  size = \"Large\"") == ["main.tf:6:10 module-argument-value"])
    #expect(try findings("  size = \"xxlarge\"").isEmpty)
  }

  @Test func projectAndRegionAreProviderSettings() throws {
    #expect(try findings("  project_id = \"p\"") == ["main.tf:6:3 unknown-module-argument"])
  }

  /// google 6.x and helm 3.x are refused by the module's own required_providers.
  @Test func providerMajorsTheModuleRefuses() throws {
    func versions(_ google: String, _ helm: String) -> String {
      """

      terraform {
        required_providers {
          google = {
            source  = "hashicorp/google"
            version = "\(google)"
          }
          helm = {
            source  = "registry.terraform.io/hashicorp/helm"
            version = "\(helm)"
          }
        }
      }

      """
    }
    #expect(try findings("", versions: versions("~> 5.30", "< 3.0.0")).isEmpty)
    #expect(try findings("", versions: versions(">= 5.0", ">= 2.0")).isEmpty, "ranges that still meet the module's")
    #expect(
      try findings("", versions: versions("~> 6.0", "~> 3.0"))
        == ["main.tf:13:17 conflicting-requirement", "main.tf:17:17 conflicting-requirement"])
  }
}
