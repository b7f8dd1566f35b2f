import HCL
import Testing

@testable import Scaffold

/// Moving the module pins (`--module-version`).
@Suite("upgrade: module pins")
struct ModulePinTests {
  typealias T = UpgradeTesting

  static func awsMain(_ version: String) -> String {
    """
    module "wandb_infra" {
      source  = "wandb/wandb/aws"
      version = "\(version)" # keep in step with the blueprint

      namespace   = var.namespace
      domain_name = var.domain_name
      zone_id     = var.zone_id
    }

    """
  }

  @Test("within a major: only the pin's bytes change")
  func withinMajor() throws {
    let directory = UpgradeFixtures.generated
    let plan = try T.planAndRerun(UpgradeRequest(moduleVersion: "~> 2.8"), directory)
    let original = try #require(directory.bytes("main.tf"))
    T.expectSplice(
      original, plan.files.first?.updated, range: T.range(of: "~> 2.0", in: original), replacement: "~> 2.8")
    #expect(
      plan.changes.map(\.description) == [
        "main.tf:5:13: module \"wandb_infra\": version \"~> 2.0\" -> \"~> 2.8\" (aws 2.8.0 -> 2.8.0)"
      ])
    #expect(plan.steps.map(\.message) == ["aws module: ~> 2.0 -> ~> 2.8 (2.8.0)"])
    #expect(plan.notes.isEmpty)
  }

  @Test("an equivalent constraint written differently is already current")
  func equivalentConstraint() throws {
    let plan = try T.plan(UpgradeRequest(moduleVersion: "~>2.0"), UpgradeFixtures.generated)
    #expect(!plan.hasChanges)
    #expect(plan.steps.map(\.message) == ["aws module is already at ~> 2.0 (2.8.0); nothing to change"])
  }

  @Test("a comment chain on the pin line is realigned in a fmt-clean file")
  func pinWithComment() throws {
    let main = Self.awsMain("2.7.0")
    #expect(Formatter.isFormatted(Array(main.utf8)))
    let plan = try T.planAndRerun(UpgradeRequest(moduleVersion: "~> 2.8.0"), UpgradeDirectory([("main.tf", main)]))
    #expect(
      plan.files.first?.updated
        == Array(main.replacingOccurrences("\"2.7.0\" # keep", "\"~> 2.8.0\" # keep").utf8))
  }

  @Test("crossing a major is refused without allowMajor, and the refusal lists what each major requires")
  func acrossMajorRefused() throws {
    let refusal = try T.refusal(UpgradeRequest(moduleVersion: "~> 8.0"), UpgradeFixtures.generated)
    #expect(refusal.kind == .majorUpgrade)
    #expect(refusal.finding.location?.description == "main.tf:5:13")
    #expect(refusal.notes.count == 7, "majors 3 to 8, then the steps")
    #expect(
      refusal.notes.last?.message
        == "this move takes 4 steps, one `terraform apply` each; with --allow-major each run makes the next: ~> 4.24 (4.24.0), then ~> 5.2 (5.2.2), then ~> 7.18 (7.18.2), then ~> 8.0 (8.0.0)")
    #expect(
      refusal.finding.hint
        == "read what each major requires (below), then pass --allow-major: wbscaffold then makes the edits it can and lists what is left")
    let text = findingText(refusal.findings)
    for required in [
      "wandb_app", "license", "helm provider", "kubernetes_min_nodes_per_az", "cluster_name", "~> 1.9",
      "file_storage", "kubernetes_legacy_cluster_creator_admin", "16 moved blocks",
    ] {
      #expect(text.contains(required), "\(required)")
    }
  }

  @Test("crossing a major with allowMajor: the plan carries the requirements and sets the new required input")
  func acrossMajorAllowed() throws {
    let main = Self.awsMain("~> 7.0")
    let plan = try T.planAndRerun(
      UpgradeRequest(moduleVersion: "~> 8.0", allowMajor: true), UpgradeDirectory([("main.tf", main)]))
    #expect(plan.changes.first?.summary == "module \"wandb_infra\": version \"~> 7.0\" -> \"~> 8.0\" (aws 7.18.2 -> 8.0.0)")
    #expect(plan.notes.map(\.severity) == [.warning])
    #expect(plan.notes.first?.rule == .majorUpgrade)
    #expect(plan.notes.first?.message.contains("aws 8.0") == true)
    // The edits carry out what the note lists, so only its reference is left under it.
    #expect(plan.notes.first?.notes.map(\.text) == ["see terraform-aws-wandb docs/v8-upgrade-guide.md (#380)"])
    // The new required input gets the value that keeps a 7.x cluster running; the
    // inputs 7.x already required and the fixture lacks are not the move's business.
    #expect(
      plan.changes.map(\.summary).contains {
        $0.hasPrefix("module \"wandb_infra\": added kubernetes_legacy_cluster_creator_admin = true (in place from 7.x")
      })
    #expect(plan.remainingSteps.isEmpty)
    #expect(plan.applyNotes.contains { $0.hasPrefix("aws 8.0: about an hour after this apply, set preserve_aws_auth_configmap = false") })
  }

  @Test("a downgrade across a major needs both flags and warns about the bucket")
  func downgradeAcrossMajor() throws {
    let directory = UpgradeDirectory([("main.tf", Self.awsMain("~> 7.0"))])
    let refusal = try T.refusal(UpgradeRequest(moduleVersion: "~> 6.0", allowMajor: true), directory)
    #expect(refusal.kind == .downgrade)
    #expect(findingText(refusal.findings).contains("may DELETE the file-storage bucket"))
    let plan = try T.planAndRerun(UpgradeRequest(moduleVersion: "~> 6.0", allowDowngrade: true, allowMajor: true), directory)
    #expect(plan.notes.first?.message.hasPrefix("moving below aws 7.0") == true)
  }

  @Test("a downgrade within a major needs allowDowngrade")
  func downgradeWithinMajor() throws {
    let directory = UpgradeDirectory([("main.tf", Self.awsMain("2.8.0"))])
    #expect(try T.refusal(UpgradeRequest(moduleVersion: "2.7.0"), directory).kind == .downgrade)
    try T.planAndRerun(UpgradeRequest(moduleVersion: "2.7.0", allowDowngrade: true), directory)
  }

  @Test("a missing version is reported, never added")
  func missingPin() throws {
    let main = Self.awsMain("x").replacingOccurrences("  version = \"x\" # keep in step with the blueprint\n", "")
    let refusal = try T.refusal(UpgradeRequest(moduleVersion: "~> 8.0"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .missingPin)
    #expect(refusal.finding.location?.description == "main.tf:1:1")
  }

  @Test("a pin that is not a plain literal is refused")
  func pinExpression() throws {
    let main = Self.awsMain("x").replacingOccurrences("\"x\"", "var.aws_module_version")
    let refusal = try T.refusal(UpgradeRequest(moduleVersion: "~> 2.8"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .notALiteral)
    #expect(refusal.finding.location?.description == "main.tf:3:13")
  }

  @Test("only the registry address counts: git sources and submodules are left alone")
  func exactSource() throws {
    let git = Self.awsMain("x").replacingOccurrences(
      "\"wandb/wandb/aws\"", "\"git::https://github.com/wandb/terraform-aws-wandb.git?ref=v2.8.0\"")
    #expect(try T.refusal(UpgradeRequest(moduleVersion: "~> 2.8"), UpgradeDirectory([("main.tf", git)])).kind == .notFound)
    let submodule = Self.awsMain("2.7.0").replacingOccurrences("\"wandb/wandb/aws\"", "\"wandb/wandb/aws//modules/networking\"")
    #expect(try T.refusal(UpgradeRequest(moduleVersion: "~> 2.8"), UpgradeDirectory([("main.tf", submodule)])).kind == .notFound)
    let hosted = Self.awsMain("2.7.0").replacingOccurrences("\"wandb/wandb/aws\"", "\"registry.terraform.io/wandb/wandb/aws\"")
    try T.planAndRerun(UpgradeRequest(moduleVersion: "2.8.0"), UpgradeDirectory([("main.tf", hosted)]))
  }

  @Test("the kubernetes module pin moves with its own option")
  func kubernetesModule() throws {
    let directory = UpgradeFixtures.generated
    let plan = try T.planAndRerun(UpgradeRequest(kubernetesModuleVersion: "1.14.1"), directory)
    #expect(plan.changes.map(\.summary) == ["module \"wandb_app\": version \"~> 1.0\" -> \"1.14.1\" (kubernetes 1.14.1 -> 1.14.1)"])
    #expect(plan.steps.first?.target == .kubernetesModule)
    #expect(try T.refusal(UpgradeRequest(kubernetesModuleVersion: "~> 2.0"), directory).kind == .usage)
  }

  @Test("pins and wandb_version in one run")
  func combined() throws {
    let directory = UpgradeFixtures.generated
    let plan = try T.planAndRerun(
      UpgradeRequest(wandbVersion: "0.59.0", moduleVersion: "~> 2.8", kubernetesModuleVersion: "~> 1.14"), directory)
    #expect(plan.files.map(\.path) == ["main.tf", "terraform.tfvars"])
    #expect(plan.steps.map(\.target) == [.module, .kubernetesModule, .wandbVersion])
    #expect(plan.changes.count == 3)
  }

  @Test("a pin move with a wandb_version that is already current (the implicit latest)")
  func pinWithCurrentVersion() throws {
    let plan = try T.planAndRerun(
      UpgradeRequest(wandbVersion: "latest", moduleVersion: "~> 2.8"), UpgradeFixtures.guide)
    #expect(plan.files.map(\.path) == ["main.tf"])
    #expect(plan.steps.map(\.isAlreadyCurrent) == [false, true])
  }

  @Test(
    "malformed or unresolvable requests are usage errors",
    arguments: [
      UpgradeRequest(), UpgradeRequest(moduleVersion: "~> 9.0"), UpgradeRequest(moduleVersion: "=>2"),
      UpgradeRequest(moduleVersion: " "), UpgradeRequest(wandbVersion: "v0.58.1"),
    ])
  func usage(_ request: UpgradeRequest) throws {
    let refusal = try T.refusal(request, UpgradeFixtures.generated)
    #expect(refusal.kind == .usage)
    #expect(refusal.isUsageError)
  }
}

@Suite("Module pins: never a silent break") struct ModulePinSafetyTests {
  typealias T = UpgradeTesting

  @Test("a move within a major that would add a checker error is refused")
  func withinMajorBreak() throws {
    // 2.0.x still had a default for eks_cluster_version; from 2.1.0 it is required.
    let main = """
      module "wandb_infra" {
        source  = "wandb/wandb/aws"
        version = "~> 2.0.0"

        namespace                 = "w"
        domain_name               = "example.com"
        zone_id                   = "Z1"
        allowed_inbound_cidr      = []
        allowed_inbound_ipv6_cidr = []
      }

      """
    let refusal = try T.refusal(UpgradeRequest(moduleVersion: "~> 2.8"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .breaksConfiguration)
    #expect(refusal.notes.map(\.rule) == [.missingModuleInput])
    #expect(refusal.notes.first?.message.contains("required input \"eks_cluster_version\" of wandb/wandb/aws 2.8.0 is not set") == true)
  }

  @Test("an offset after a change maps back to the same byte before it, or to the bytes the change replaced")
  func offsetsThroughAChange() {
    let before = Array("ab XY cd XY ef".utf8), after = Array("ab long cd XY ef gh".utf8)
    #expect(UpgradePlanner.original(offset: 1, before: before, after: after) == 1...1, "in the shared start")
    #expect(UpgradePlanner.original(offset: 4, before: before, after: after) == 3...13, "in the changed middle")
    #expect(UpgradePlanner.original(offset: 0, before: before, after: before) == 0...0, "no change")
    let insertion = Array("a\nnew\nb\n".utf8), plain = Array("a\nb\n".utf8)
    #expect(UpgradePlanner.original(offset: 6, before: plain, after: insertion) == 2...2, "below an inserted line")
  }

  @Test("a major and a downgrade at once name both flags in one refusal")
  func bothFlagsAtOnce() throws {
    let directory = UpgradeDirectory([("main.tf", ModulePinTests.awsMain("~> 7.0"))])
    let refusal = try T.refusal(UpgradeRequest(moduleVersion: "~> 6.0"), directory)
    #expect(refusal.kind == UpgradeRefusal.Kind.majorUpgrade)
    #expect(refusal.message.hasSuffix("crosses a major version and is a downgrade; nothing was changed"))
    #expect(refusal.finding.hint == "read what each major requires (below), then pass --allow-major and --allow-downgrade")
  }
}

/// Every message and note of `findings`, one per line.
private func findingText(_ findings: [Finding]) -> String {
  findings.flatMap { [$0.message] + $0.notes.map(\.text) }.joined(separator: "\n")
}
