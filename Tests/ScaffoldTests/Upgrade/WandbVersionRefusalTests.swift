import HCL
import Testing

@testable import Scaffold

/// When upgrade refuses, and what it says.
@Suite("upgrade: refusals and cautions for wandb_version")
struct WandbVersionRefusalTests {
  typealias T = UpgradeTesting

  @Test("terraform.tfvars and an auto.tfvars that disagree")
  func disagreeingTfvars() throws {
    let directory = UpgradeFixtures.generated.replacing(
      "prod.auto.tfvars", with: Array("wandb_version = \"0.57.0\"\n".utf8))
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(refusal.kind == .conflicting)
    #expect(
      refusal.finding.notes.map(\.description) == [
        "terraform.tfvars:7:23: wandb_version = \"0.58.1\" (loaded automatically; later files win)",
        "prod.auto.tfvars:1:17: wandb_version = \"0.57.0\" (loaded automatically; later files win)",
      ])
    #expect(refusal.finding.description == "error: wandb_version is set in several places that disagree; nothing was changed; make them agree (or keep only one), then run upgrade again")
    #expect(refusal.finding.rule.rawValue == "upgrade-conflicting")
  }

  @Test("a literal in two module blocks that disagree")
  func disagreeingModules() throws {
    let main =
      UpgradeFixtures.literalMain + """

        module "wandb_app_canary" {
          source        = "wandb/wandb/kubernetes"
          wandb_version = "0.59.0"
        }

        """
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.60.0"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .conflicting)
    #expect(
      refusal.finding.notes.map(\.description) == [
        "main.tf:9:19: module \"wandb_app\": wandb_version = \"0.58.1\"",
        "main.tf:21:19: module \"wandb_app_canary\": wandb_version = \"0.59.0\"",
      ])
    let agreeing = UpgradeDirectory([("main.tf", main.replacingOccurrences("\"0.59.0\"", "\"0.58.1\""))])
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.60.0"), agreeing)
    #expect(plan.changes.count == 2)
  }

  @Test("one app module with a version and one without")
  func partlySet() throws {
    let main = UpgradeFixtures.literalMain + "\nmodule \"other\" {\n  source = \"wandb/wandb/kubernetes\"\n}\n"
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.60.0"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .conflicting)
    #expect(refusal.finding.notes.last?.text == "module \"other\" sets no wandb_version (the module default, latest, applies)")
  }

  @Test(
    "values that are not plain string literals",
    arguments: [
      ("var.channel == \"\" ? \"latest\" : var.channel", "main.tf:5:19"),
      ("local.version", "main.tf:5:19"),
      ("\"0.${var.minor}.0\"", "main.tf:5:19"),
      ("<<EOT\n0.58.1\nEOT", "main.tf:5:19"),
    ])
  func expressions(_ value: String, _ location: String) throws {
    let main = """
      module "wandb_app" {
        source        = "wandb/wandb/kubernetes"
        version       = "~> 1.0"
        license       = "x"
        wandb_version = \(value)
      }

      """
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .notALiteral)
    #expect(refusal.finding.location?.description == location)
    #expect(refusal.message.hasPrefix("module \"wandb_app\": wandb_version is not a plain string literal"))
  }

  @Test("an interpolation-only template gets the fmt hint")
  func interpolationOnly() throws {
    let main = UpgradeFixtures.generatedMain.replacingOccurrences("= var.wandb_version", "= \"${var.wandb_version}\"")
    let refusal = try T.refusal(
      UpgradeRequest(wandbVersion: "0.59.0"), UpgradeFixtures.generated.replacing("main.tf", with: Array(main.utf8)))
    #expect(refusal.kind == .notALiteral)
    #expect(refusal.finding.hint?.contains("wbscaffold fmt") == true)
  }

  @Test("a tfvars value that is not a string")
  func tfvarsNumber() throws {
    let tfvars = UpgradeFixtures.generatedTfvars.replacingOccurrences("\"0.58.1\"", "0.58")
    let refusal = try T.refusal(
      UpgradeRequest(wandbVersion: "0.59.0"), UpgradeFixtures.generated.replacing("terraform.tfvars", with: Array(tfvars.utf8)))
    #expect(refusal.kind == .notALiteral)
    #expect(refusal.finding.location?.description == "terraform.tfvars:7:23")
  }

  @Test("a variable that is read but not declared")
  func undeclaredVariable() throws {
    let directory = UpgradeDirectory([("main.tf", UpgradeFixtures.generatedMain)])
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(refusal.kind == .invalidConfiguration)
    let assigned = directory.replacing("terraform.tfvars", with: Array(UpgradeFixtures.generatedTfvars.utf8))
    #expect(try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), assigned).kind == .invalidConfiguration)
  }

  @Test("the operator line (aws >= 4) manages the W&B version outside Terraform")
  func operatorLine() throws {
    let main = """
      module "wandb_infra" {
        source  = "wandb/wandb/aws"
        version = "~> 8.0"
        license = var.license
      }

      """
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .operatorManaged)
    #expect(refusal.finding.location?.description == "main.tf:3:13")
    #expect(refusal.message.contains("wandb/wandb/aws 8.0.0"))
    #expect(refusal.finding.hint?.contains("System Console") == true)

    let unpinned = main.replacingOccurrences("  version = \"~> 8.0\"\n", "")
    let newest = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), UpgradeDirectory([("main.tf", unpinned)]))
    #expect(newest.kind == .operatorManaged)
    #expect(newest.message.contains("no version argument"))

    let legacy = main.replacingOccurrences("~> 8.0", "~> 2.0") + "module \"wandb_app\" {\n  source = \"wandb/wandb/kubernetes\"\n}\n"
    let override = "module \"wandb_infra\" {\n  version = \"~> 8.0\"\n}\n"
    let overridden = try T.refusal(
      UpgradeRequest(wandbVersion: "0.59.0"), UpgradeDirectory([("main.tf", legacy), ("main_override.tf", override)]))
    #expect(overridden.kind == .operatorManaged)
    #expect(overridden.finding.location?.description == "main_override.tf:2:13")

    let seven = main.replacingOccurrences("~> 8.0", "~> 7.0")
    let withApp = seven + "module \"wandb_app\" {\n  source = \"wandb/wandb/kubernetes\"\n}\n"
    let stale = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), UpgradeDirectory([("main.tf", withApp)]))
    #expect(stale.kind == .operatorManaged)
    #expect(stale.notes.first?.message.contains("must be removed") == true)
  }

  @Test("moving the aws pin to 4.x in the same run makes wandb_version meaningless")
  func operatorAfterMove() throws {
    let refusal = try T.refusal(
      UpgradeRequest(wandbVersion: "0.59.0", moduleVersion: "~> 4.0", allowMajor: true), UpgradeFixtures.generated)
    #expect(refusal.kind == .operatorManaged)
    #expect(refusal.message.contains("after the requested --module-version"))
  }

  @Test("no app module at all")
  func noAppModule() throws {
    let main = "module \"wandb_infra\" {\n  source  = \"wandb/wandb/aws\"\n  version = \"~> 2.0\"\n}\n"
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .notFound)
  }

  @Test("a downgrade needs allowDowngrade")
  func downgrade() throws {
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.57.3"), UpgradeFixtures.generated)
    #expect(refusal.kind == .downgrade)
    #expect(refusal.message == "0.57.3 is older than the current wandb_version 0.58.1; nothing was changed")
    #expect(refusal.finding.location?.description == "terraform.tfvars:7:23")
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.57.3", allowDowngrade: true), UpgradeFixtures.generated)
    #expect(plan.notes.map(\.severity) == [.warning])
    #expect(plan.notes.first?.message.contains("downgrading") == true)
  }

  @Test("latest: pinning from it warns, moving to it is allowed, latest to latest is a no-op")
  func latest() throws {
    let tfvars = UpgradeFixtures.generatedTfvars.replacingOccurrences("\"0.58.1\"", "\"latest\"")
    let floating = UpgradeFixtures.generated.replacing("terraform.tfvars", with: Array(tfvars.utf8))
    let pin = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.50.0"), floating)
    #expect(pin.notes.count == 1)
    #expect(pin.notes.first?.severity == .warning)
    #expect(pin.notes.first?.message.contains("rolls it back") == true)

    let unpin = try T.planAndRerun(UpgradeRequest(wandbVersion: "latest"), UpgradeFixtures.generated)
    #expect(unpin.notes.map(\.severity) == [.note])
    #expect(unpin.changes.first?.summary == "wandb_version \"0.58.1\" -> \"latest\"")

    let same = try T.plan(UpgradeRequest(wandbVersion: "latest"), floating)
    #expect(!same.hasChanges)
  }

  @Test("a current value that is not a W&B version needs allowDowngrade")
  func unknownCurrent() throws {
    let tfvars = UpgradeFixtures.generatedTfvars.replacingOccurrences("\"0.58.1\"", "\"nightly\"")
    let directory = UpgradeFixtures.generated.replacing("terraform.tfvars", with: Array(tfvars.utf8))
    #expect(try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), directory).kind == .downgrade)
    try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0", allowDowngrade: true), directory)
  }

  @Test("a file that does not parse stops everything")
  func syntaxError() throws {
    let directory = UpgradeFixtures.generated.replacing("extra.tf", with: Array("resource \"x\" {\n".utf8))
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(refusal.kind == .invalidConfiguration)
    #expect(refusal.finding.location?.path == "extra.tf")
  }

  @Test("JSON configuration that mentions wandb_version is not edited")
  func json() throws {
    let directory = UpgradeFixtures.generated.replacing(
      "terraform.tfvars.json", with: Array("{\"wandb_version\": \"0.58.1\"}".utf8))
    #expect(try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), directory).kind == .unsupported)
  }

  @Test("a .tfvars value nobody reads is reported, not changed")
  func unusedAssignmentNote() throws {
    let directory = UpgradeDirectory([
      ("main.tf", UpgradeFixtures.literalMain), ("terraform.tfvars", "wandb_version = \"0.1.0\"\n"),
    ])
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(plan.files.map(\.path) == ["main.tf"])
    #expect(plan.notes.first?.location?.description == "terraform.tfvars:1:17")
  }

  @Test("a refusal is one error finding, its sites as located notes, then the findings that explain it")
  func refusalFindings() {
    let refusal = UpgradeRefusal(
      .conflicting, "disagree", at: UpgradeLocation(path: "a.tf", position: SourcePosition(line: 1, column: 2)),
      sites: [.init(UpgradeLocation(path: "b.tfvars", position: SourcePosition(line: 3, column: 4)), "x = \"1\"")],
      hint: "fix it", notes: [Finding(.majorUpgrade, .warning, path: nil, position: nil, message: "careful", notes: [.init("one")])])
    #expect(refusal.findings.map(\.severity) == [.error, .warning])
    #expect(refusal.finding.rule == Finding.Rule("upgrade-conflicting"))
    #expect(refusal.finding.location?.description == "a.tf:1:2")
    #expect(refusal.finding.notes == [Finding.Note("x = \"1\"", path: "b.tfvars", position: SourcePosition(line: 3, column: 4))])
    #expect(refusal.finding.hint == "fix it")
    #expect(
      refusal.description == """
        a.tf:1:2: error: disagree; fix it
        warning: careful
        """)
  }
}
