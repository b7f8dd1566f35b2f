import Blueprints
import HCL
import Testing

@testable import Scaffold

/// `upgrade` with the line's cluster version option: one Kubernetes minor per run,
/// edited where it is written, inside what the pinned module release supports.
@Suite("upgrade: Kubernetes version, one minor at a time")
struct ClusterVersionTests {
  typealias T = UpgradeTesting

  static func main(_ version: String = "~> 7.18", value: String = "\"1.29\"") -> String {
    """
    module "wandb_infra" {
      source  = "wandb/wandb/aws"
      version = "\(version)"

      eks_cluster_version = \(value) # one minor at a time
    }

    """
  }

  @Test("a literal in the module moves one minor, and moving it again is already done")
  func literal() throws {
    let directory = UpgradeDirectory([("main.tf", Self.main())])
    let plan = try T.planAndRerun(UpgradeRequest(clusterVersion: "1.30"), directory)
    #expect(plan.steps.map(\.message) == ["eks_cluster_version: 1.29 -> 1.30"])
    #expect(plan.files.first?.updated == Array(Self.main(value: "\"1.30\"").utf8))
    #expect(plan.changes.map(\.description) == ["main.tf:5:26: eks_cluster_version \"1.29\" -> \"1.30\" (one minor; apply it before the next)"])
  }

  @Test("var.NAME is moved in every variable file that assigns it, or in its default")
  func throughVariables() throws {
    let main = Self.main(value: "var.eks_cluster_version")
    let variables = "variable \"eks_cluster_version\" {\n  type    = string\n  default = \"1.29\"\n}\n"
    let assigned = UpgradeDirectory([
      ("main.tf", main), ("variables.tf", variables), ("terraform.tfvars", "eks_cluster_version = \"1.29\"\n"),
      ("prod.auto.tfvars", "eks_cluster_version = \"1.29\"\n"),
    ])
    let plan = try T.planAndRerun(UpgradeRequest(clusterVersion: "1.30"), assigned)
    #expect(plan.files.map(\.path) == ["terraform.tfvars", "prod.auto.tfvars"], "the default is not what Terraform uses")
    let defaulted = UpgradeDirectory([("main.tf", main), ("variables.tf", variables)])
    #expect(try T.planAndRerun(UpgradeRequest(clusterVersion: "1.30"), defaulted).files.map(\.path) == ["variables.tf"])
    let disagreeing = assigned.replacing("prod.auto.tfvars", with: Array("eks_cluster_version = \"1.28\"\n".utf8))
    #expect(try T.refusal(UpgradeRequest(clusterVersion: "1.30"), disagreeing).kind == .conflicting)
  }

  @Test("a skipped minor is refused with the sequence to follow")
  func skip() throws {
    let refusal = try T.refusal(UpgradeRequest(clusterVersion: "1.32"), UpgradeDirectory([("main.tf", Self.main("~> 8.0"))]))
    #expect(refusal.kind == .skippedMinor)
    #expect(refusal.finding.location?.description == "main.tf:5:25")
    #expect(
      refusal.finding.hint
        == "run `wbscaffold upgrade --eks-cluster-version 1.30` and apply it, then 1.31, then 1.32 the same way, one apply each")
  }

  @Test("down, outside what the release supports, not a version, not a literal, or with a module move: refused")
  func refusals() throws {
    let directory = UpgradeDirectory([("main.tf", Self.main())])
    #expect(try T.refusal(UpgradeRequest(clusterVersion: "1.28"), directory).kind == .downgrade)
    // 7.x runs EKS module v17, which goes no further than 1.30.
    let seven = UpgradeDirectory([("main.tf", Self.main(value: "\"1.30\""))])
    let above = try T.refusal(UpgradeRequest(clusterVersion: "1.31"), seven)
    #expect(above.kind == .unsupported)
    #expect(above.message == "wandb/wandb/aws 7.18.2 does not support Kubernetes 1.31 (above 1.30); nothing was changed")
    let eight = UpgradeDirectory([("main.tf", Self.main("~> 8.0", value: "\"1.35\""))])
    #expect(try T.refusal(UpgradeRequest(clusterVersion: "1.36"), eight).kind == .unsupported)
    let malformed = try T.refusal(UpgradeRequest(clusterVersion: "v1.30"), directory)
    #expect(malformed.isUsageError && malformed.flag == "--eks-cluster-version")
    let computed = UpgradeDirectory([("main.tf", Self.main(value: "local.version"))])
    #expect(try T.refusal(UpgradeRequest(clusterVersion: "1.30"), computed).kind == .notALiteral)
    let both = try T.refusal(UpgradeRequest(moduleVersion: "~> 8.0", allowMajor: true, clusterVersion: "1.30"), directory)
    #expect(both.isUsageError)
  }

  @Test("the google line moves gke_min_version the same way, and refuses the aws line's option")
  func googleLine() throws {
    let planner = UpgradePlanner(catalog: try #require(T.catalog), lines: BlueprintCatalog.upgradeLines)
    let main = { (value: String) in
      "module \"wandb\" {\n  source          = \"wandb/wandb/google\"\n  version         = \"~> 10.8\"\n  gke_min_version = \(value)\n}\n"
    }
    let files = [UpgradeSourceFile(path: "main.tf", bytes: Array(main("\"1.30\"").utf8))]
    let plan = try planner.plan(UpgradeRequest(clusterVersion: "1.31", clusterVersionOption: "gke-min-version"), files: files)
    #expect(plan.files.first?.updated == Array(main("\"1.31\"").utf8))
    #expect(throws: UpgradeRefusal.self) {
      try planner.plan(UpgradeRequest(clusterVersion: "1.31", clusterVersionOption: "eks-cluster-version"), files: files)
    }
    // The module's default, "": GKE's release channel picks; nothing to move from.
    let unset = [UpgradeSourceFile(path: "main.tf", bytes: Array(main("\"\"").utf8))]
    do {
      _ = try planner.plan(UpgradeRequest(clusterVersion: "1.31"), files: unset)
      Issue.record("expected a refusal")
    } catch {
      #expect(error.message.hasPrefix("gke_min_version is \"\", not a Kubernetes minor such as 1.30"))
    }
  }
}
