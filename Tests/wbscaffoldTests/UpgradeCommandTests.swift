import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// `upgrade` end to end on a directory written by `init`, then edited by hand.
@Suite struct UpgradeCommandTests {
  func cli(_ args: [String]) -> (ExitCode, ScriptedTerminal) {
    let terminal = ScriptedTerminal()
    let code = CLI.run(args, Context(terminal: terminal, environment: ["NO_COLOR": "1", "WANDB_LICENSE": "L"]))
    return (code, terminal)
  }

  func initialized(_ blueprint: String = "aws-v2") throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    let (code, t) = cli(
      ["init", dir.path, "--non-interactive", "--blueprint", blueprint] + InitCommandTests.flags.dropFirst(1).filter { _ in true })
    #expect(code == .success, "\(t.stderr)")
    return dir
  }

  @Test func bumpsOnlyTheVersionBytesInAnEditedDirectory() throws {
    let dir = try initialized()
    // Hand edits: a comment on the version line, CRLF main.tf, an extra resource.
    var tfvars = String(decoding: try dir.read("terraform.tfvars"), as: UTF8.self)
    tfvars = tfvars.replacingOccurrences(of: "\"0.58.1\"", with: "\"0.58.1\" # prod pin")
    try dir.write("terraform.tfvars", tfvars)
    let main = String(decoding: try dir.read("main.tf"), as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
    try dir.write("main.tf", main + "resource \"aws_s3_bucket\" \"extra\" {}\r\n")
    let before = try dir.read("terraform.tfvars")

    let (check, _) = cli(["upgrade", dir.path, "--wandb-version", "0.60.0", "--check"])
    #expect(check == .changesPending)
    #expect(try dir.read("terraform.tfvars") == before)

    let (code, t) = cli(["upgrade", dir.path, "--wandb-version", "0.60.0"])
    #expect(code == .success, "\(t.stderr)")
    let after = try dir.read("terraform.tfvars")
    let expected = String(decoding: before, as: UTF8.self).replacingOccurrences(of: "\"0.58.1\"", with: "\"0.60.0\"")
    #expect(String(decoding: after, as: UTF8.self) == expected)
    #expect(String(decoding: try dir.read("main.tf"), as: UTF8.self) == main + "resource \"aws_s3_bucket\" \"extra\" {}\r\n")

    let (again, t2) = cli(["upgrade", dir.path, "--wandb-version", "0.60.0"])
    #expect(again == .success)
    #expect(t2.stdout.contains("already 0.60.0"))
    #expect(try dir.read("terraform.tfvars") == after)
  }

  @Test func operatorLineIsRefused() throws {
    let dir = try initialized("aws-v8")
    let snapshot = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { try dir.read($0) }
    let (code, t) = cli(["upgrade", dir.path, "--wandb-version", "0.60.0"])
    #expect(code == .failure)
    #expect(t.stderr.contains("operator"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { try dir.read($0) } == snapshot)
  }

  @Test func badRequestsAreUsageErrors() throws {
    let dir = try initialized()
    #expect(cli(["upgrade", dir.path, "--wandb-version", "v1.2"]).0 == .usage)
    #expect(cli(["upgrade", dir.path]).0 == .usage)
    #expect(cli(["upgrade", dir.path + "/missing", "--wandb-version", "0.60.0"]).0 == .failure)
  }

  @Test func dryRunPrintsADiffAndWritesNothing() throws {
    let dir = try initialized()
    let before = try dir.read("terraform.tfvars")
    let (code, t) = cli(["upgrade", dir.path, "--wandb-version", "latest", "--dry-run"])
    #expect(code == .success)
    #expect(t.stdout.contains("--- a/terraform.tfvars\n+++ b/terraform.tfvars\n"))
    #expect(t.stdout.split(separator: "\n").contains { $0.hasPrefix("-wandb_version ") && $0.hasSuffix("= \"0.58.1\"") })
    #expect(t.stdout.split(separator: "\n").contains { $0.hasPrefix("+wandb_version ") && $0.hasSuffix("= \"latest\"") })
    #expect(try dir.read("terraform.tfvars") == before)
  }
}
