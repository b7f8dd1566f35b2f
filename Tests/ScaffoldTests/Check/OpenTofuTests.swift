import HCL
import Testing

@testable import Scaffold

/// OpenTofu's own spellings: `.tofu` files, which hide the `.tf` file of the
/// same name, and module sources on OpenTofu's registry.
@Suite struct OpenTofuTests {
  static let call = """
    module "wandb" {
      source  = "%@"
      version = "~> 8.0"
      namespace = "w"
    }

    """

  @Test func aTofuFileHidesTheTfFileOfTheSameName() {
    let directory = ConfigurationDirectory(texts: [
      "main.tf": "variable \"from_tf\" {}\n", "main.tofu": "variable \"from_tofu\" {}\n", "other.tf": "locals {}\n",
      "x_override.tf": "locals {}\n", "x_override.tofu": "locals {}\n",
    ])
    #expect(directory.configurationFiles.map(\.path) == ["main.tofu", "other.tf", "x_override.tofu"])
    #expect(ConfigurationDirectory.hiddenByOpenTofu(["a/main.tf", "a/main.tofu", "b/main.tf"]) == ["a/main.tf"])
    #expect(ConfigurationDirectory.hiddenByOpenTofu(["m.tf.json", "m.tofu.json"]) == ["m.tf.json"])
  }

  @Test func openTofusRegistryServesTheSameModules() throws {
    #expect(ModuleSource("registry.opentofu.org/wandb/wandb/aws")?.registryAddress == "wandb/wandb/aws")
    #expect(ModuleSource("registry.example.com/wandb/wandb/aws") == nil)
    // The call is checked against the catalogue like a Terraform registry source: 8.x needs more inputs.
    let findings = try CheckFixture.check([
      "main.tofu": Self.call.replacingOccurrences(of: "%@", with: "registry.opentofu.org/wandb/wandb/aws")
    ])
    #expect(findings.contains { $0.rule == .missingModuleInput && $0.path == "main.tofu" })
  }

  @Test func upgradeEditsTheTofuFileAndLeavesItsHiddenTwin() throws {
    let tofu = Self.call.replacingOccurrences(of: "%@", with: "wandb/wandb/aws")
    let directory = UpgradeDirectory([("main.tf", tofu), ("main.tofu", tofu)])
    let plan = try UpgradeTesting.plan(UpgradeRequest(moduleVersion: "~> 8.0.0"), directory)
    #expect(plan.files.map(\.path) == ["main.tofu"])
  }
}
