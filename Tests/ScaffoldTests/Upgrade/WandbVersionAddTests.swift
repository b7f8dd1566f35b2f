import HCL
import Testing

@testable import Scaffold

/// Adding a `wandb_version` that does not exist yet (the W&B guide's first configuration).
@Suite("upgrade: adding wandb_version")
struct WandbVersionAddTests {
  typealias T = UpgradeTesting

  @Test("the guide's configuration gets the variable style: variable, tfvars value, module argument")
  func guideGetsVariable() throws {
    let directory = UpgradeFixtures.guide
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(plan.files.map(\.path) == ["main.tf", "variables.tf", "terraform.tfvars"])
    let main = String(decoding: try #require(directory.applying(plan).bytes("main.tf")), as: UTF8.self)
    #expect(
      main
        == UpgradeFixtures.guideMain.replacingOccurrences(
          """
            source  = "wandb/wandb/kubernetes"
            version = "~>1.0"

          """,
          """
            source        = "wandb/wandb/kubernetes"
            version       = "~>1.0"
            wandb_version = var.wandb_version

          """))
    T.expectOnlyWhitespaceChanged(UpgradeFixtures.guideMain, main.replacingOccurrences("  wandb_version = var.wandb_version\n", ""), except: [])
    let variables = String(decoding: try #require(directory.applying(plan).bytes("variables.tf")), as: UTF8.self)
    #expect(
      variables == UpgradeFixtures.guideVariables + """

        variable "wandb_version" {
          type        = string
          description = "W&B Server image tag (wandb/local); bump it with `wbscaffold upgrade`."
          default     = "latest"
        }

        """)
    let tfvars = String(decoding: try #require(directory.applying(plan).bytes("terraform.tfvars")), as: UTF8.self)
    #expect(
      tfvars == """
        namespace     = "wandb"
        license       = "xxxxxxxxxxyyyyyyyyyyyzzzzzzz"
        subdomain     = "wandb-aws"
        domain_name   = "wandb.ml"
        zone_id       = "xxxxxxxxxxxxxxxx"
        wandb_version = "0.59.0"

        """)
    for file in plan.files { #expect(Formatter.isFormatted(file.updated), "\(file.path) stays fmt-clean") }
    #expect(
      plan.changes.map(\.description) == [
        "main.tf:14:3: module \"wandb_app\": added wandb_version = var.wandb_version",
        "variables.tf:26:1: added variable \"wandb_version\" (type string, default \"latest\")",
        "terraform.tfvars:6:1: added wandb_version = \"0.59.0\"",
      ])
    #expect(plan.steps.map(\.message) == ["wandb_version: not set (module default latest) -> 0.59.0"])
    #expect(plan.steps.first?.from == nil)
  }

  @Test("the guide's configuration with placement .module gets the guide's literal")
  func guideAsLiteral() throws {
    let directory = UpgradeFixtures.guide
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.48.1", placement: .module), directory)
    #expect(plan.files.map(\.path) == ["main.tf"])
    let main = String(decoding: try #require(plan.files.first?.updated), as: UTF8.self)
    #expect(main.contains("  version       = \"~>1.0\"\n  wandb_version = \"0.48.1\"\n\n  license "))
    #expect(plan.changes.map(\.description) == ["main.tf:14:3: module \"wandb_app\": added wandb_version = \"0.48.1\""])
  }

  @Test("without variable wiring, the literal goes after the first run of arguments; no reformatting")
  func literalWithoutVariables() throws {
    let main = """
      module "wandb_app" {
        source = "wandb/wandb/kubernetes"
        version = "~>1.0"
        license = "xxxx"   # from the license email
        host = "https://wandb.example.com"
        tags = {
          a = 1
        }
        depends_on = []
      }

      """
    #expect(!Formatter.isFormatted(Array(main.utf8)))
    let directory = UpgradeDirectory([("main.tf", main)])
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    let original = Array(main.utf8)
    let at = try #require(T.range(of: "  tags", in: original)).lowerBound
    T.expectSplice(original, plan.files.first?.updated, range: at..<at, replacement: "  wandb_version = \"0.59.0\"\n")
    #expect(plan.changes.first?.location.description == "main.tf:6:3")
  }

  @Test("the new line copies the indentation and the CRLF line ending of the line it follows")
  func crlfAndTabs() throws {
    let main = "module \"wandb_app\" {\r\n\tsource = \"wandb/wandb/kubernetes\"\r\n\tversion = \"~>1.0\"\r\n}\r\n"
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), UpgradeDirectory([("main.tf", main)]))
    let original = Array(main.utf8)
    let at = try #require(T.range(of: "}", in: original)).lowerBound
    T.expectSplice(original, plan.files.first?.updated, range: at..<at, replacement: "\twandb_version = \"0.59.0\"\r\n")
  }

  @Test("a fmt-clean CRLF file stays fmt-clean and CRLF")
  func crlfClean() throws {
    let directory = UpgradeDirectory([
      ("main.tf", UpgradeFixtures.guideMain.replacingLineFeeds(with: "\r\n")),
    ])
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    let updated = try #require(plan.files.first?.updated)
    #expect(Formatter.isFormatted(updated))
    #expect(String(decoding: updated, as: UTF8.self).contains("  wandb_version = \"0.59.0\"\r\n\r\n  license"))
    #expect(UpgradeTesting.hasOnlyCRLF(updated))
  }

  @Test("a wandb_version already in terraform.tfvars but not wired is reused: variable style")
  func unusedTfvarsAssignment() throws {
    let tfvars = UpgradeFixtures.guideTfvars + "wandb_version = \"0.57.0\"\n"
    let directory = UpgradeFixtures.guide.replacing("terraform.tfvars", with: Array(tfvars.utf8))
    let plan = try T.planAndRerun(UpgradeRequest(wandbVersion: "0.59.0"), directory)
    #expect(plan.files.map(\.path) == ["main.tf", "variables.tf", "terraform.tfvars"])
    let original = Array(tfvars.utf8)
    T.expectSplice(
      original, directory.applying(plan).bytes("terraform.tfvars"), range: T.range(of: "0.57.0", in: original),
      replacement: "0.59.0")
    #expect(plan.steps.first?.from == nil, "the value was not used: the module default applied")
  }

  @Test("placement .variable without variables.tf or terraform.tfvars creates them")
  func variableCreatesFiles() throws {
    let main = "module \"wandb_app\" {\n  source  = \"wandb/wandb/kubernetes\"\n  version = \"~> 1.0\"\n}\n"
    let pinned = try T.planAndRerun(
      UpgradeRequest(wandbVersion: "0.59.0", placement: .variable), UpgradeDirectory([("main.tf", main)]))
    #expect(pinned.files.map(\.path) == ["main.tf", "variables.tf", "terraform.tfvars"])
    #expect(pinned.files.map(\.isNew) == [false, true, true])
    #expect(pinned.files.last?.updated == Array("wandb_version = \"0.59.0\"\n".utf8))
    for file in pinned.files { #expect(Formatter.isFormatted(file.updated), "\(file.path)") }
    #expect(pinned.changes.map(\.description)[1] == "variables.tf:1:1: new file: variable \"wandb_version\" (type string, default \"latest\")")

    let crlf = try T.planAndRerun(
      UpgradeRequest(wandbVersion: "0.59.0", placement: .variable),
      UpgradeDirectory([("main.tf", main.replacingLineFeeds(with: "\r\n"))]))
    for file in crlf.files { #expect(UpgradeTesting.hasOnlyCRLF(file.updated), "\(file.path) uses the directory's CRLF") }
  }

  @Test("latest when nothing is set is already current: the module default is latest")
  func latestWhenAbsent() throws {
    let plan = try T.plan(UpgradeRequest(wandbVersion: "latest"), UpgradeFixtures.guide)
    #expect(!plan.hasChanges)
    #expect(plan.steps.map(\.message) == ["wandb_version is not set, so the module default latest applies; nothing to change"])
  }

  @Test("a one-line module block is refused")
  func oneLineBlock() throws {
    let main = "module \"wandb_app\" { source = \"wandb/wandb/kubernetes\" }\n"
    let refusal = try T.refusal(UpgradeRequest(wandbVersion: "0.59.0"), UpgradeDirectory([("main.tf", main)]))
    #expect(refusal.kind == .unsupported)
    #expect(refusal.finding.location?.description == "main.tf:1:1")
  }

  @Test("the first-run rule")
  func firstRun() throws {
    let text = """
      module "m" {
        source = "x"   # c
        version = "1"
        other = [
          1,
        ]
        after = 2
      }
      """
    let tree = SyntaxTree(text)
    let block = try #require(tree.body.blocks.first)
    #expect(SourceEdits.firstRun(of: block.body, in: tree)?.name == "version")
    let commentBreak = SyntaxTree("module \"m\" {\n  a = 1\n  # note\n  b = 2\n}\n")
    #expect(SourceEdits.firstRun(of: try #require(commentBreak.body.blocks.first).body, in: commentBreak)?.name == "a")
    let startsWithBlock = SyntaxTree("module \"m\" {\n  x {\n  }\n  version = 1\n}\n")
    #expect(SourceEdits.firstRun(of: try #require(startsWithBlock.body.blocks.first).body, in: startsWithBlock) == nil)
  }
}
