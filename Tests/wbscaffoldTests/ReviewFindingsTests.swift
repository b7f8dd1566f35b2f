import Foundation
import Testing
import _TestSupport

@testable import Scaffold
@testable import wbscaffold

/// Regressions for problems found in review.
@Suite struct ReviewFindingsTests {
  func cli(_ args: [String], in terminal: ScriptedTerminal = ScriptedTerminal()) -> (ExitCode, ScriptedTerminal) {
    (CLI.run(args, Context(terminal: terminal, environment: ["NO_COLOR": "1", "WANDB_LICENSE": "LICENSE-0123456789-TEST"])), terminal)
  }

  @Test func formattingThroughASymlinkFormatsTheTargetAndKeepsTheLink() throws {
    let dir = try TemporaryDirectory()
    try dir.write("real/x.tf", "a   =  1\n")
    try FileManager.default.createSymbolicLink(atPath: dir.path + "/link.tf", withDestinationPath: dir.path + "/real/x.tf")
    #expect(cli(["fmt", dir.path + "/link.tf"]).0 == .success)
    #expect(try dir.read("real/x.tf") == Array("a = 1\n".utf8))
    #expect(LocalFiles.isSymbolicLink(dir.path + "/link.tf"))
  }

  @Test func aLooseSecretsFileIsTightenedOnRerun() throws {
    let dir = try TemporaryDirectory()
    let args = ["init", dir.path] + InitCommandTests.flags
    #expect(cli(args).0 == .success)
    chmod(dir.path + "/secrets.auto.tfvars", 0o644)
    #expect(cli(args).0 == .success)
    let mode = try FileManager.default.attributesOfItem(atPath: dir.path + "/secrets.auto.tfvars")[.posixPermissions]
    #expect((mode as? Int) == 0o600)
  }

  @Test func signsAreNotDigits() {
    #expect(throws: ValidationError.self) { try AnswerValidation.ipv6CIDR("2001:db8::+1/128") }
  }

  @Test func helpOnlyWhereAnOptionCanStand() throws {
    let dir = try TemporaryDirectory()
    let (code, t) = cli(["fmt", "--", dir.path + "/-h"])
    #expect(code == .inputError)
    #expect(t.stderr.contains("no such file or directory"))
    #expect(CLI.asksForHelp(["--subdomain", "-h"], InitCommand.spec) == false)
    #expect(CLI.asksForHelp(["--yes", "-h"], InitCommand.spec))
  }

  @Test func varFilePathsAreShownAsGiven() throws {
    let dir = try TemporaryDirectory()
    #expect(cli(["init", dir.path + "/c"] + InitCommandTests.flags).0 == .success)
    try dir.write("extra.tfvars", "bogus = 1\n")
    let (code, t) = cli(["check", dir.path + "/c", "--var-file", dir.path + "/extra.tfvars"])
    #expect(code == .failure)
    #expect(t.stdout.contains("\n\(dir.path)/extra.tfvars:1:1: error:") || t.stdout.hasPrefix("\(dir.path)/extra.tfvars:1:1: error:"))
  }

  @Test func instanceTypesAreValidated() throws {
    let dir = try TemporaryDirectory()
    #expect(cli(["init", dir.path] + InitCommandTests.flags + ["--node-instance-type", "a b\"c"]).0 == .usage)
    #expect(cli(["init", dir.path] + InitCommandTests.flags + ["--database-instance-class", "r6g.large"]).0 == .usage)
  }
}
