import HCL
import Testing

@testable import Scaffold

/// `module.NAME.ATTR` must be an output of the release the call resolves to.
@Suite("ConfigurationChecker: module output references")
struct OutputReferenceCheckTests {
  typealias F = CheckFixture

  /// An aws call at `version`, and `uses` lines reading its outputs.
  func directory(version: String, _ uses: String, count: Bool = false) -> [String: String] {
    [
      "main.tf": """
        module "wandb_infra" {
          source                    = "wandb/wandb/aws"
          version                   = "\(version)"
        \(count ? "  count                     = 1" : "")
          namespace                 = "w"
          domain_name               = "example.com"
          zone_id                   = "Z1"
          allowed_inbound_cidr      = []
          allowed_inbound_ipv6_cidr = []
          eks_cluster_version       = "1.30"
          license                   = "l"
          kubernetes_legacy_cluster_creator_admin = false
        }

        \(uses)

        """
    ]
  }

  func outputFindings(_ files: [String: String]) throws -> [Finding] {
    try F.check(files).filter { $0.rule == .unknownModuleOutput }
  }

  @Test func aRenamedOutputSaysWhatReplacedIt() throws {
    let uses = "data \"aws_eks_cluster\" \"c\" {\n  name = module.wandb_infra.cluster_id\n}"
    let found = try outputFindings(directory(version: "~> 8.0", uses))
    #expect(F.locations(found) == ["main.tf:16:10 unknown-module-output"])
    #expect(found.first?.message == "module.wandb_infra.cluster_id: wandb/wandb/aws 8.0.0 has no output \"cluster_id\"; the plan fails with \"Unsupported attribute\"")
    #expect(found.first?.hint == "renamed cluster_name in 5.0.0")
  }

  @Test func outputsOfTheResolvedReleasePass() throws {
    let uses = """
      output "u" {
        value = "${module.wandb_infra.url}/${module.wandb_infra.cluster_name}"
      }
      """
    #expect(try outputFindings(directory(version: "~> 8.0", uses)).isEmpty)
  }

  @Test func nestedBlocksCountedModulesAndNearNames() throws {
    let uses = """
      provider "helm" {
        kubernetes {
          host = module.wandb_infra[0].cluster_endpont
        }
      }
      """
    let found = try outputFindings(directory(version: "~> 8.0", uses, count: true))
    #expect(F.locations(found) == ["main.tf:17:12 unknown-module-output"])
    #expect(found.first?.hint == "did you mean \"cluster_endpoint\"?")
  }

  @Test func stateAddressesAndDependsOnAreNotOutputs() throws {
    let uses = """
      moved {
        from = module.wandb_infra.module.file_storage[0]
        to   = module.wandb_infra.module.file_storage
      }

      resource "null_resource" "after" {
        depends_on = [module.wandb_infra.aws_s3_bucket.file_storage]
      }
      """
    #expect(try outputFindings(directory(version: "~> 8.0", uses)).isEmpty)
  }

  @Test func otherModulesAreNotJudged() throws {
    let uses = "output \"x\" {\n  value = module.wandb_infra.anything\n}\noutput \"y\" {\n  value = module.other.cluster_id\n}"
    let found = try outputFindings(directory(version: "~> 8.0", uses))
    #expect(found.map(\.message).allSatisfy { $0.hasPrefix("module.wandb_infra.anything") })
    #expect(found.count == 1)
  }
}
