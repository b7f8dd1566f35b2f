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
