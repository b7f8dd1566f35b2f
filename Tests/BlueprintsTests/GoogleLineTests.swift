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

/// `check` judges written values with the questions `init` asks (one rule, defined once).
@Suite struct AnswerValueCheckTests {
  func findings(_ tfvars: String, files: [String: String]) throws -> [Finding] {
    var all = files
    all["terraform.tfvars"] = tfvars
    return try AWSCheckFixture.check(all).filter { $0.rule == .answerValue }
  }

  static let google = [
    "main.tf": """
      module "wandb" {
        source     = "wandb/wandb/google"
        version    = "~> 10.0"
        namespace  = var.namespace
        license    = "l"
      }

      provider "google" {
        project = var.project_id
        region  = var.region
      }

      variable "namespace" {
        type = string
      }

      variable "project_id" {
        type = string
      }

      variable "region" {
        type = string
      }

      """
  ]

  @Test func anEmptyOptionalValueIsNoAnswer() throws {
    var files = Self.google
    files["main.tf"] = files["main.tf"]?.replacing("  license    = \"l\"\n", with: "  license    = \"l\"\n  bucket_name = var.bucket_name\n")
      .appending("variable \"bucket_name\" {\n  type = string\n}\n")
    #expect(try findings("namespace = \"wandb\"\nproject_id = \"acme-ml-prod\"\nregion = \"us-east1\"\nbucket_name = \"\"\n", files: files).isEmpty)
  }

  @Test func googleValuesGetInitsMessages() throws {
    let found = try findings(
      "namespace = \"Acme_ML\"\nproject_id = \"123456789012\"\nregion = \"us-east-1\"\n", files: Self.google)
    #expect(
      found.map { "\($0.position?.line ?? 0) \($0.message)" } == [
        "1 namespace: 'Acme_ML' must be lowercase (try 'acme-ml')",
        "2 project_id: '123456789012' looks like a project number; give the project id (the ID column of `gcloud projects list`)",
        "3 region: 'us-east-1' is written the AWS way; the Google Cloud region is 'us-east1'",
      ])
    #expect(found.allSatisfy { $0.severity == .warning && $0.hint?.contains("on blueprint gcp-v10") == true })
    #expect(try findings("namespace = \"wandb\"\nproject_id = \"acme-ml-prod\"\nregion = \"us-east1\"\n", files: Self.google).isEmpty)
  }

  /// The same tfvars beside an aws 8.x call are judged by the AWS questions: a
  /// 30-character namespace is too long there (24), fine on Google (32).
  @Test func theLineTheDirectoryCallsDecides() throws {
    let long = "namespace = \"\(String(repeating: "a", count: 30))\"\nproject_id = \"acme-ml-prod\"\nregion = \"us-east1\"\n"
    #expect(try findings(long, files: Self.google).isEmpty)
    var aws = Self.google
    aws["main.tf"] = aws["main.tf"]?.replacing("wandb/wandb/google", with: "wandb/wandb/aws").replacing("~> 10.0", with: "~> 8.0")
    let found = try findings(long, files: aws)
    #expect(found.map(\.message).contains { $0.hasPrefix("namespace: '\(String(repeating: "a", count: 30))' is 30 characters; at most 24") })
    #expect(found.map(\.message).contains { $0.hasPrefix("region: 'us-east1' is not an AWS region code") })
  }
}
