import HCL
import Testing

@testable import Scaffold

/// Bumping an existing `wandb_version`: only the bytes of the string change.
@Suite("upgrade: bumping wandb_version")
struct WandbVersionBumpTests {
  typealias T = UpgradeTesting

  @Test("fixtures are fmt-clean where the tests rely on it")
  func fixturesAreClean() {
    for text in [
      UpgradeFixtures.generatedMain, UpgradeFixtures.generatedVariables, UpgradeFixtures.generatedTfvars,
      UpgradeFixtures.guideMain, UpgradeFixtures.guideVariables, UpgradeFixtures.guideTfvars, UpgradeFixtures.literalMain,
    ] {
      #expect(Formatter.isFormatted(Array(text.utf8)), "\(text)")
    }
  }

  @Test("variable style: only the terraform.tfvars literal changes")
  func tfvarsValue() throws {
    let directory = UpgradeFixtures.generated
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(plan.files.map(\.path) == ["terraform.tfvars"])
    let original = try #require(directory.bytes("terraform.tfvars"))
    let range = T.range(of: "0.58.1", after: "wandb_version", in: original)
    T.expectSplice(original, plan.files.first?.updated, range: range, replacement: "0.59.0")
    #expect(plan.changes.map(\.description) == ["terraform.tfvars:7:23: wandb_version \"0.58.1\" -> \"0.59.0\""])
    #expect(plan.steps.map(\.message) == ["wandb_version: 0.58.1 -> 0.59.0"])
    #expect(plan.steps.first?.from == "0.58.1")
    #expect(plan.notes.isEmpty)
  }

  @Test("second run says the version is already current")
  func alreadyCurrent() throws {
    let plan = try T.plan(UpgradeRequest(wandbVersion: "0.58.1"), UpgradeFixtures.generated)
    #expect(!plan.hasChanges)
    #expect(plan.steps.map(\.message) == ["wandb_version is already 0.58.1; nothing to change"])
    #expect(plan.steps.first?.isAlreadyCurrent == true)
  }

  @Test("literal in main.tf, hand-edited with extra resources and reordered blocks")
  func literalInModule() throws {
    let directory = UpgradeDirectory([("main.tf", UpgradeFixtures.literalMain)])
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    let original = Array(UpgradeFixtures.literalMain.utf8)
    T.expectSplice(
      original, plan.files.first?.updated, range: T.range(of: "0.58.1", in: original), replacement: "0.59.0")
    #expect(plan.changes.map(\.description) == ["main.tf:9:19: module \"wandb_app\": wandb_version \"0.58.1\" -> \"0.59.0\""])
  }

  @Test("a trailing-comment chain is realigned in a fmt-clean file")
  func commentChainRealigned() throws {
    let tfvars = """
      namespace     = "wandb"  # prefix of every resource
      wandb_version = "0.58.1" # pinned
      region        = "us-east-1"

      """
    let directory = UpgradeDirectory([("main.tf", UpgradeFixtures.generatedMain), ("terraform.tfvars", tfvars)])
      .replacing("variables.tf", with: Array(UpgradeFixtures.generatedVariables.utf8))
    #expect(Formatter.isFormatted(Array(tfvars.utf8)))
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.10"), directory)
    let updated = String(decoding: try #require(plan.files.first?.updated), as: UTF8.self)
    #expect(
      updated == """
        namespace     = "wandb"   # prefix of every resource
        wandb_version = "0.59.10" # pinned
        region        = "us-east-1"

        """)
    #expect(Formatter.isFormatted(Array(updated.utf8)))
    T.expectOnlyWhitespaceChanged(tfvars, updated, except: [2])
  }

  @Test("a file that was not fmt-clean is spliced, never reformatted")
  func notFormattedStaysAsIs() throws {
    let tfvars = """
      namespace =   "wandb"  # prefix
      wandb_version = "0.58.1" # pinned
        region="us-east-1"

      """
    #expect(!Formatter.isFormatted(Array(tfvars.utf8)))
    let directory = UpgradeFixtures.generated.replacing("terraform.tfvars", with: Array(tfvars.utf8))
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.10"), directory)
    let original = Array(tfvars.utf8)
    T.expectSplice(
      original, plan.files.first?.updated, range: T.range(of: "0.58.1", in: original), replacement: "0.59.10")
  }

  @Test("CRLF line endings are kept")
  func crlf() throws {
    let main = UpgradeFixtures.literalMain.replacingLineFeeds(with: "\r\n")
    let directory = UpgradeDirectory([("main.tf", main)])
    #expect(Formatter.isFormatted(Array(main.utf8)))
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.60.0"), directory)
    let original = Array(main.utf8)
    let updated = try #require(plan.files.first?.updated)
    T.expectSplice(original, updated, range: T.range(of: "0.58.1", in: original), replacement: "0.60.0")
    #expect(updated.filter { $0 == 0x0A }.count == original.filter { $0 == 0x0A }.count)
    #expect(UpgradeTesting.hasOnlyCRLF(updated))
  }

  @Test("a BOM is kept, also when a fmt-clean file is realigned")
  func byteOrderMark() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let tfvars = bom + Array("namespace     = \"wandb\"  # prefix\r\nwandb_version = \"0.58.1\" # pinned\r\n".utf8)
    #expect(SourceEdits.isFormatClean(tfvars))
    let directory = UpgradeFixtures.generated.replacing("terraform.tfvars", with: tfvars)
    let same = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    T.expectSplice(tfvars, same.files.first?.updated, range: T.range(of: "0.58.1", in: tfvars), replacement: "0.59.0")
    #expect(same.changes.first?.location.description == "terraform.tfvars:2:17")

    let wider = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.10"), directory)
    let updated = try #require(wider.files.first?.updated)
    #expect(
      updated == bom + Array("namespace     = \"wandb\"   # prefix\r\nwandb_version = \"0.59.10\" # pinned\r\n".utf8))
  }

  @Test("every agreeing place is bumped: terraform.tfvars and an auto.tfvars")
  func agreeingPlaces() throws {
    let directory = UpgradeFixtures.generated.replacing(
      "prod.auto.tfvars", with: Array("# prod\nwandb_version = \"0.58.1\"\n".utf8))
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(plan.files.map(\.path) == ["terraform.tfvars", "prod.auto.tfvars"])
    #expect(plan.changes.map(\.description).last == "prod.auto.tfvars:2:17: wandb_version \"0.58.1\" -> \"0.59.0\"")
  }

  @Test("an override file's module block is a place too")
  func overrideFile() throws {
    let override = "module \"wandb_app\" {\n  wandb_version = \"0.58.1\"\n}\n"
    let directory = UpgradeDirectory([("main.tf", UpgradeFixtures.literalMain), ("override.tf", override)])
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(plan.files.map(\.path) == ["main.tf", "override.tf"])
  }

  @Test("a variable without a value in any .tfvars gets one in terraform.tfvars")
  func unassignedVariable() throws {
    let tfvars = UpgradeFixtures.generatedTfvars.replacingOccurrences("wandb_version       = \"0.58.1\"\n", "")
    let directory = UpgradeFixtures.generated.replacing("terraform.tfvars", with: Array(tfvars.utf8))
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    let updated = String(decoding: try #require(plan.files.first?.updated), as: UTF8.self)
    #expect(updated == tfvars.replacingOccurrences("\"1.28\"\n", "\"1.28\"\nwandb_version       = \"0.59.0\"\n"))
    #expect(plan.steps.first?.from == "latest")
    #expect(plan.notes.map(\.severity) == [.warning], "pinning from latest warns")

    let noTfvars = UpgradeDirectory(files: directory.files.filter { $0.path != "terraform.tfvars" })
    let created = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), noTfvars)
    #expect(created.files.map(\.path) == ["terraform.tfvars"])
    #expect(created.files.first?.isNew == true)
    #expect(created.files.first?.updated == Array("wandb_version = \"0.59.0\"\n".utf8))
  }

  @Test("paths keep their directory; a new file goes next to the others")
  func directoryPaths() throws {
    let directory = UpgradeDirectory(
      files: UpgradeFixtures.generated.files.filter { $0.path != "terraform.tfvars" }.map {
        UpgradeSourceFile(path: "deploy/" + $0.path, bytes: $0.bytes)
      })
    let plan = try T.plan(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(plan.files.map(\.path) == ["deploy/terraform.tfvars"])
    #expect(plan.changes.first?.description == "deploy/terraform.tfvars:1:1: new file: wandb_version = \"0.59.0\"")
  }
}
