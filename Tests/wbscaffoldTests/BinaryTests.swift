import Foundation
import Testing
import _TestSupport

/// The built binary as a script sees it: exit statuses, stdout versus stderr.
@Suite(.enabled(if: SlowTests.enabled, Comment(rawValue: SlowTests.skipped))) struct BinaryTests {
  @Test func versionAndHelp() throws {
    let version = try BuiltTool.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    let help = try BuiltTool.run(["help", "upgrade"])
    #expect(help.status == 0 && help.stdout.hasPrefix("OVERVIEW: Set wandb_version"))
  }

  @Test func usageErrorsGoToStderrWith64() throws {
    let r = try BuiltTool.run(["fmt", "--chek"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.hasPrefix("Error: Unknown option '--chek'. Did you mean '--check'?\nUsage: wbscaffold fmt"))
    // terraform's single-dash spellings are accepted, and a mistyped one is still named.
    let single = try BuiltTool.run(["fmt", "-chek"])
    #expect(single.status == 64)
    #expect(single.stderr.hasPrefix("Error: Unknown option '-chek'. Did you mean '-check'?\nUsage: wbscaffold fmt"))
  }

  @Test func fmtFiltersStandardInput() throws {
    let r = try BuiltTool.run(["fmt", "-"], stdin: "a=1\nbb=2")
    #expect(r.status == 0)
    #expect(r.stdout == "a  = 1\nbb = 2\n")
    let bad = try BuiltTool.run(["fmt", "-"], stdin: "a = \"x\n")
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("<stdin>:1:7: error: Invalid multi-line string"))
  }

  @Test func initThenCheckThenUpgradeInAScript() throws {
    let dir = try TemporaryDirectory()
    let args = ["init", dir.path + "/w"] + InitCommandTests.flags
    let made = try BuiltTool.run(args, environment: ["WANDB_LICENSE": "LICENSE-0123456789-TEST"])
    #expect(made.status == 0, "\(made.stderr)")
    #expect(try BuiltTool.run(["check", dir.path + "/w"]).status == 0)
    #expect(try BuiltTool.run(["upgrade", dir.path + "/w", "--wandb-version", "0.60.0", "--check"]).status == 3)
    #expect(try BuiltTool.run(["upgrade", dir.path + "/w", "--wandb-version", "0.60.0"]).status == 0)
    #expect(try BuiltTool.run(["upgrade", dir.path + "/w", "--wandb-version", "0.60.0", "--check"]).status == 0)
    try dir.write("w/extra.tf", "module \"x\" {\n  source  = \"wandb/wandb/aws\"\n  version = \"~> 2.0\"\n  create_elasticache_subnet = true\n}\n")
    let checked = try BuiltTool.run(["check", dir.path + "/w", "--no-color"])
    #expect(checked.status == 1)
    #expect(checked.stdout.contains("extra.tf:4:3: error: module \"x\": argument \"create_elasticache_subnet\""))
  }
}
