import HCL
import Testing

@testable import Scaffold

/// Root constraints that leave no version the called module release accepts:
/// `terraform init` fails on them before anything is planned.
@Suite("ConfigurationChecker: root and module requirements")
struct RequirementsCheckTests {
  typealias F = CheckFixture

  /// An aws 2.x call (required_version ~> 1.0, aws ~> 4.0) under `terraform`.
  func directory(_ terraform: String, version: String = "~> 2.0") -> [String: String] {
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
        }

        terraform {
        \(terraform)
        }

        """
    ]
  }

  @Test func aTerraformRangeBelowTheModulesFloor() throws {
    // aws 8.0.0 requires Terraform ~> 1.9; the root stops before it.
    let found = try F.check(directory("  required_version = \">= 1.3, < 1.9\"", version: "8.0.0"))
    #expect(F.locations(found).contains("main.tf:13:22 conflicting-requirement"))
    let message = try #require(found.first { $0.rule == .conflictingRequirement }).message
    #expect(message.contains("admits no Terraform release that wandb/wandb/aws 8.0.0 accepts (\"~> 1.9\")"))
    // ~> 1.0 admits 1.9 and later 1.x, which is enough.
    #expect(!F.locations(try F.check(directory("  required_version = \"~> 1.0\"", version: "8.0.0"))).contains { $0.hasSuffix("conflicting-requirement") })
  }

  @Test func anOverrideFileReplacesTheEntryItSetsAndTheStringFormCounts() throws {
    // aws 2.x requires kubernetes ~> 2.23; the legacy string form is judged too.
    var kube = directory("  required_providers {\n    kubernetes = \"~> 1.0\"\n  }")
    #expect(F.locations(try F.check(kube)) == ["main.tf:14:18 conflicting-requirement"])
    kube["override.tf"] = "terraform {\n  required_providers {\n    kubernetes = {\n      source  = \"kubernetes\"\n      version = \"~> 2.23\"\n    }\n  }\n}\n"
    #expect(try F.check(kube).isEmpty, "the override's ~> 2.23 replaces ~> 1.0")
  }

  @Test func providersAreMatchedBySourceAddress() throws {
    let renamed = """
        required_providers {
          amazon = {
            source  = "registry.terraform.io/HashiCorp/aws"
            version = "~> 5.0"
          }
          kubernetes = {
            source  = "hashicorp/kubernetes"
            version = "~> 2.23"
          }
        }
      """
    #expect(F.locations(try F.check(directory(renamed))) == ["main.tf:16:17 conflicting-requirement"])
    // A provider the module does not use is never compared.
    let other = "  required_providers {\n    random = {\n      source  = \"hashicorp/random\"\n      version = \"~> 9.0\"\n    }\n  }"
    #expect(try F.check(directory(other)).isEmpty)
  }

  /// 3.4.2's own requirements (Terraform ~> 1.0) judge a call to it.
  @Test func aReleaseBetweenTheMajorsHasItsOwnRequirements() throws {
    let found = try F.check(directory("  required_version = \"< 0.13\"", version: "3.4.2"))
    #expect(found.contains { $0.rule == .conflictingRequirement && $0.message.contains("wandb/wandb/aws 3.4.2 accepts (\"~> 1.0\")") })
  }
}

/// A constraint that admits releases the call does not fit, though the newest fits.
@Suite("ConfigurationChecker: admitted releases")
struct AdmittedReleasesCheckTests {
  typealias F = CheckFixture

  func call(_ version: String, _ extra: String) -> [String: String] {
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
          eks_cluster_version       = "1.30"
          license                   = "l"
        \(extra)
        }

        """
    ]
  }

  @Test func anInputAddedInAMinorReleaseNamesTheOldestReleaseWithoutIt() throws {
    // enable_flow_log arrived in aws 7.2.0; ~> 7.0 also admits 7.0.0 and 7.1.0.
    let found = try F.check(call("~> 7.0", "  enable_flow_log = true")).filter { $0.rule == .admitsIncompatibleRelease }
    #expect(F.locations(found) == ["main.tf:3:31 admits-incompatible-release"])
    #expect(found.first?.message.contains("\"~> 7.0\" also admits aws 7.0.0 (and 1 more up to 7.1.0), where \"enable_flow_log\" is not an input") == true)
    #expect(found.first?.hint == "pin \"~> 7.2\"")
    #expect(found.first?.severity == .warning)
  }

  @Test func aPinEveryAdmittedReleaseFitsIsQuiet() throws {
    #expect(try F.check(call("~> 7.2", "  enable_flow_log = true")).filter { $0.rule == .admitsIncompatibleRelease }.isEmpty)
    #expect(try F.check(call("7.18.2", "  enable_flow_log = true")).filter { $0.rule == .admitsIncompatibleRelease }.isEmpty)
  }

  @Test func aRequiredInputOfAnOlderAdmittedReleaseCounts() throws {
    // 1.16.9 and 1.16.10 required database_performance_insights_kms_key_arn; 2.0.0 no longer does.
    var files = call(">= 1.16.9, <= 2.0.0", "")
    files["main.tf"] = files["main.tf"]?.replacing("  eks_cluster_version       = \"1.30\"\n", with: "")
      .replacing("  license                   = \"l\"\n", with: "")
    let found = try F.check(files).filter { $0.rule == .admitsIncompatibleRelease }
    #expect(
      found.first?.message.contains(
        "also admits aws 1.16.9 (and 1 more up to 1.16.10), where required \"database_performance_insights_kms_key_arn\" is not set")
        == true, "\(found)")
    #expect(found.first?.hint == "pin \"~> 2.0.0\"", "2.1.0 makes eks_cluster_version required")
  }
}

/// A directory `terraform init` ran in is checked against the releases it installed.
@Suite("ConfigurationChecker: installed modules")
struct InstalledModulesTests {
  static let main = """
    module "wandb_infra" {
      source                    = "wandb/wandb/aws"
      version                   = "~> 7.0"
      namespace                 = "w"
      domain_name               = "example.com"
      zone_id                   = "Z1"
      allowed_inbound_cidr      = []
      allowed_inbound_ipv6_cidr = []
      eks_cluster_version       = "1.30"
      license                   = "l"
      enable_helm_release       = true
    }

    """

  func check(installed version: String?) throws -> [Finding] {
    var directory = ConfigurationDirectory(texts: ["main.tf": Self.main])
    if let version {
      let manifest = #"{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"wandb_infra","Source":"registry.terraform.io/wandb/wandb/aws","Version":"\#(version)","Dir":".terraform/modules/wandb_infra"}]}"#
      directory.installedModules = InstalledModules(json: Array(manifest.utf8))
    }
    return ConfigurationChecker.check(directory, catalog: try CheckFixture.catalog.get(), environment: [:])
  }

  @Test func theInstalledReleaseIsTheOneJudged() throws {
    // enable_helm_release went away after 7.9.2: an error against the newest 7.x ...
    let fresh = try check(installed: nil)
    #expect(fresh.contains { $0.rule == .unknownModuleArgument && $0.message.contains("7.18.2") })
    // ... but the directory runs the 7.9.1 it installed, which has it.
    let initialized = try check(installed: "7.9.1")
    #expect(!initialized.contains { $0.rule == .unknownModuleArgument })
    let note = try #require(initialized.first { $0.rule == .installedRelease })
    #expect(note.severity == .note)
    #expect(note.message == "module \"wandb_infra\": checked against wandb/wandb/aws 7.9.1, the release installed in .terraform/modules/modules.json")
    #expect(note.hint == "terraform init -upgrade would install 7.18.2, the newest that \"~> 7.0\" admits")
  }

  @Test func anInstalledReleaseTheConstraintNoLongerAdmitsIsAWarning() throws {
    let stale = try check(installed: "6.1.0")
    let warning = try #require(stale.first { $0.rule == .installedRelease })
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("the installed wandb/wandb/aws 6.1.0 does not meet \"~> 7.0\""))
    #expect(stale.contains { $0.rule == .unknownModuleArgument && $0.message.contains("7.18.2") })
    #expect(InstalledModules(json: Array("not json".utf8)) == InstalledModules())
  }
}
