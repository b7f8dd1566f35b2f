import Blueprints
import Foundation
import HCL
import Testing

@testable import Scaffold

/// Directories a walk must not get wrong, each found by a review of the migration
/// planner: what is not the W&B module's is left alone, and what is written oddly is
/// still edited right (or refused, never broken).
@Suite("upgrade: migration edge cases")
struct MigrationEdgeTests {
  typealias W = MajorWalkTests

  /// A scenario's start files with `path` changed by `edit` (or added).
  static func files(_ scenario: String, _ path: String, _ edit: (String) -> String) throws -> [UpgradeSourceFile] {
    var files = try W.read(W.root.appendingPathComponent("\(scenario)/start"))
    if let i = files.firstIndex(where: { $0.path == path }) {
      files[i].bytes = Array(edit(String(decoding: files[i].bytes, as: UTF8.self)).utf8)
    } else {
      files.append(UpgradeSourceFile(path: path, bytes: Array(edit("").utf8)))
    }
    return files
  }

  static func plan(_ files: [UpgradeSourceFile], to constraint: String) throws -> (UpgradePlan, [UpgradeSourceFile]) {
    let plan = try W.planner().plan(UpgradeRequest(moduleVersion: constraint, allowMajor: true), files: files)
    return (plan, UpgradePlanner.applying(plan.files, to: files))
  }

  static func text(_ files: [UpgradeSourceFile], _ path: String) -> String {
    files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
  }

  @Test("another cluster's data source and provider are not rewired to the W&B cluster")
  func otherClusterLeftAlone() throws {
    let tools = """
      data "aws_eks_cluster" "tools" {
        name = "shared-tools"
      }

      provider "kubernetes" {
        alias = "tools"
        host  = data.aws_eks_cluster.tools.endpoint
      }

      """
    let (plan, after) = try Self.plan(try Self.files("aws-7x-bom", "tools.tf") { _ in tools }, to: "~> 8.0")
    #expect(Self.text(after, "tools.tf") == tools)
    #expect(!plan.summary.contains { $0.contains("tools") })
    #expect(Self.text(after, "main.tf").contains("host                   = module.wandb_infra.cluster_endpoint"))
  }

  @Test("an aliased google provider keeps its default_labels, and does not give the module its labels")
  func aliasedProviderLeftAlone() throws {
    let dns = "provider \"google\" {\n  alias = \"dns\"\n  default_labels = {\n    owner = \"netops\"\n  }\n}\n"
    let (_, after) = try Self.plan(try Self.files("google-8x-labels", "dns.tf") { _ in dns }, to: "~> 9.0")
    #expect(Self.text(after, "dns.tf") == dns)
    #expect(Self.text(after, "main.tf").contains("team = \"ml-platform\""))
    #expect(!Self.text(after, "main.tf").contains("netops"))
  }

  @Test("the Kubernetes minor a step needs is read where Terraform reads it: the last variable file that sets it")
  func effectiveClusterVersion() throws {
    var files = try Self.files("aws-5x-variables", "terraform.tfvars") { tfvars in
      tfvars.replacingOccurrences(of: "eks_cluster_version       = \"1.29\"", with: "eks_cluster_version       = \"1.30\"")
    }
    files.append(UpgradeSourceFile(path: "eks.auto.tfvars", bytes: Array("eks_cluster_version = \"1.29\"\n".utf8)))
    let refusal = try W.refusal(UpgradeRequest(moduleVersion: "~> 8.0", allowMajor: true), files)
    #expect(refusal.kind == .migrationBlocked)
    #expect(refusal.finding.location?.description == "eks.auto.tfvars:1:23")
  }

  @Test("provider labels nothing takes are commented out, never lost")
  func labelsKeptWhenTheModuleSetsItsOwn() throws {
    let files = try Self.files("google-8x-labels", "main.tf") { main in
      main.replacingOccurrences(of: "  use_internal_queue = true\n", with: "  use_internal_queue = true\n  labels             = { app = \"wandb\" }\n")
    }
    let (plan, after) = try Self.plan(files, to: "~> 9.0")
    let versions = Self.text(after, "versions.tf")
    #expect(versions.contains("  # default_labels = {\n  #   team = \"ml-platform\"\n  # }\n"), "\(versions)")
    #expect(plan.summary.contains { $0.contains("commented out default_labels") && $0.contains("merge it into the labels that module \"wandb\" sets") })
    #expect(SyntaxTree(versions).isValid)
  }

  @Test("a constraint beside a requirement with no lower bound becomes the requirement, never ~> 0.0.0")
  func raiseWithoutFloor() throws {
    let required = try VersionConstraint("< 3.0.0", dialect: .provider)
    for written in ["~> 3.0", "3.0.1", ">= 3.0"] {
      #expect(try VersionConstraint(written, dialect: .provider).raised(toAdmit: required)?.description == "< 3.0.0", "\(written)")
    }
    #expect(try VersionConstraint("~> 2.10", dialect: .provider).raised(toAdmit: required) == nil)
  }

  @Test("two calls of the main module: each is moved, the directory-wide edits are made once")
  func twoCalls() throws {
    let files = try Self.files("aws-7x-bom", "main.tf") { main in
      main + main.dropFirst().replacingOccurrences(of: "wandb_infra", with: "wandb_staging")
        .replacingOccurrences(of: "app_cluster", with: "staging_cluster")
        .replacingOccurrences(of: "provider \"kubernetes\" {", with: "provider \"kubernetes\" {\r\n  alias = \"staging\"")
        .replacingOccurrences(of: "provider \"helm\" {", with: "provider \"helm\" {\r\n  alias = \"staging\"")
        .replacingOccurrences(of: "variable \"license\" {\r\n  type      = string\r\n  sensitive = true\r\n}\r\n", with: "")
        .replacingOccurrences(of: "output \"endpoint\"", with: "output \"staging_endpoint\"")
    }
    let (plan, after) = try Self.plan(files, to: "~> 8.0")
    let main = Self.text(after, "main.tf")
    #expect(main.contains("module.wandb_staging.cluster_endpoint") && main.contains("module.wandb_infra.cluster_endpoint"))
    #expect(main.components(separatedBy: "kubernetes_legacy_cluster_creator_admin = true").count == 3)
    #expect(!main.contains("data \"aws_eks_cluster\""))
    #expect(!plan.notes.contains { $0.rule == .errorsLeft }, "\(plan.notes.map(\.description))")
  }

  @Test("a reference to the module the step removes is refused with its place")
  func danglingReference() throws {
    let files = try Self.files("aws-2x-wbscaffold", "extra.tf") { _ in
      "resource \"terraform_data\" \"after_app\" {\n  depends_on = [module.wandb_app]\n}\n"
    }
    let refusal = try W.refusal(UpgradeRequest(moduleVersion: "~> 8.0", allowMajor: true), files)
    #expect(refusal.kind == .migrationBlocked)
    #expect(refusal.finding.location?.description == "extra.tf:2:17")
  }

  @Test("removed inputs with a blank line between them, and a renamed one in an override file")
  func adjacentRemovalsAndOverride() throws {
    var files = try Self.files("aws-4x-operator", "main.tf") { main in
      main.replacingOccurrences(of: "  enable_operator_alb = true\n", with: "\n  enable_operator_alb = true\n")
        .replacingOccurrences(of: "\"1.28\"", with: "\"1.29\"")
    }
    files.append(
      UpgradeSourceFile(path: "main_override.tf", bytes: Array("module \"wandb_infra\" {\n  kubernetes_node_count = 9\n}\n".utf8)))
    let (plan, after) = try Self.plan(files, to: "~> 5.0")
    #expect(!plan.notes.contains { $0.rule == .errorsLeft }, "\(plan.notes.map(\.description))")
    #expect(Self.text(after, "main_override.tf").contains("kubernetes_min_nodes_per_az = 3"), "9 nodes over 3 subnets")
    #expect(!Self.text(after, "main.tf").contains("enable_"))
  }

  @Test("a renamed input over several lines, in a file that was not formatted")
  func multiLineRename() throws {
    let files = try Self.files("aws-4x-operator", "main.tf") { main in
      main.replacingOccurrences(of: "kubernetes_node_count        = 6 # two per zone", with: "kubernetes_node_count = max(\n    2,\n    6,\n  )")
        .replacingOccurrences(of: "\"1.28\"", with: "\"1.29\"")
    }
    let (plan, after) = try Self.plan(files, to: "~> 5.0")
    #expect(SyntaxTree(Self.text(after, "main.tf")).isValid)
    #expect(Self.text(after, "main.tf").contains("kubernetes_max_nodes_per_az = max(\n    2,\n    6,\n  )"))
    #expect(!plan.notes.contains { $0.rule == .errorsLeft })
  }

  @Test("a provider written on one line is copied into the new helm provider as its arguments")
  func oneLineProviderCopy() throws {
    let files = try Self.files("aws-2x-wbscaffold", "main.tf") { main in
      let start = main.range(of: "provider \"kubernetes\" {")!.lowerBound
      let end = main.range(of: "}\n", range: start..<main.endIndex)!.upperBound
      return main.replacingCharacters(in: start..<end, with: "provider \"kubernetes\" { config_path = \"~/.kube/config\" }\n")
    }
    let (_, after) = try Self.plan(files, to: "~> 8.0")
    #expect(Self.text(after, "main.tf").contains("provider \"helm\" {\n  kubernetes {\n    config_path = \"~/.kube/config\"\n  }\n}"))
  }

  @Test("kubernetes_map_accounts behind a variable defaulting to [] does not block 8.x")
  func blockerReadsTheDefault() throws {
    let files = try Self.files("aws-7x-bom", "main.tf") { main in
      main.replacingOccurrences(of: "kubernetes_map_accounts = []", with: "kubernetes_map_accounts = var.map_accounts")
        + "\r\nvariable \"map_accounts\" {\r\n  type    = list(string)\r\n  default = []\r\n}\r\n"
    }
    let (plan, _) = try Self.plan(files, to: "~> 8.0")
    #expect(plan.hasChanges)
  }

  @Test("a node count over subnets only known at plan time is kept as a total, not divided by a guess")
  func perZoneUnknown() throws {
    let files = try Self.files("aws-4x-operator", "main.tf") { main in
      main.replacingOccurrences(
        of: "network_private_subnet_cidrs = [\"10.10.10.0/24\", \"10.10.11.0/24\", \"10.10.12.0/24\"]",
        with: "network_private_subnet_cidrs = var.subnets"
      ).replacingOccurrences(of: "\"1.28\"", with: "\"1.29\"")
    }
    let (_, after) = try Self.plan(files, to: "~> 5.0")
    #expect(Self.text(after, "main.tf").contains("kubernetes_min_nodes_per_az  = 6 # two per zone"))
  }
}
