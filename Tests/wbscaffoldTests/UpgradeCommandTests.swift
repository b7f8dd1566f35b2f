import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// `upgrade` end to end on a directory written by `init`, then edited by hand.
@Suite struct UpgradeCommandTests {
  func cli(_ args: [String]) -> (ExitCode, ScriptedTerminal) {
    let terminal = ScriptedTerminal()
    let code = CLI.run(args, Context(terminal: terminal, environment: ["NO_COLOR": "1", "WANDB_LICENSE": "LICENSE-0123456789-TEST"]))
    return (code, terminal)
  }

  func initialized(_ blueprint: String = "aws-v2") throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    let (code, t) = cli(
      ["init", dir.path] + InitCommandTests.flags(blueprint))
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
    let (code, t) = cli(["upgrade", dir.path, "--wandb-version", "v1.2"])
    #expect(code == .usage)
    #expect(t.stderr.hasPrefix("Error: invalid value for '--wandb-version': 'v1.2' is not a W&B Server version"))
    let (pin, t2) = cli(["upgrade", dir.path, "--module-version", "~> 99"])
    #expect(pin == .usage)
    #expect(t2.stderr.hasPrefix("Error: invalid value for '--module-version': no release of wandb/wandb/aws matches"))
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

/// `upgrade --json`: one document on standard output for each outcome.
@Suite struct UpgradeJSONTests {
  let commands = UpgradeCommandTests()

  func document(_ t: ScriptedTerminal) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(t.stdout.utf8)) as? [String: Any])
  }

  @Test func pendingUpdatedUnchanged() throws {
    let dir = try commands.initialized()
    let before = try dir.read("terraform.tfvars")

    let (check, t1) = commands.cli(["upgrade", dir.path, "--wandb-version", "0.60.0", "--check", "--json"])
    #expect(check == .changesPending)
    let pending = try document(t1)
    #expect(pending["status"] as? String == "pending")
    #expect(pending["written"] as? Bool == false)
    #expect(try dir.read("terraform.tfvars") == before)

    let (code, t2) = commands.cli(["upgrade", dir.path, "--wandb-version", "0.60.0", "--json"])
    #expect(code == .success, "\(t2.stderr)")
    let updated = try document(t2)
    #expect(updated["status"] as? String == "updated")
    #expect(updated["written"] as? Bool == true)
    let step = try #require((updated["steps"] as? [[String: Any]])?.first)
    #expect(step["target"] as? String == "wandbVersion")
    #expect(step["from"] as? String == "0.58.1")
    #expect(step["to"] as? String == "0.60.0")
    let file = try #require((updated["files"] as? [[String: Any]])?.first)
    #expect(file["path"] as? String == "terraform.tfvars")
    #expect(file["action"] as? String == "update")
    // The change points at the value's line in terraform.tfvars.
    let change = try #require((file["changes"] as? [[String: Any]])?.first)
    let text = String(decoding: try dir.read("terraform.tfvars"), as: UTF8.self)
    let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("wandb_version") })
    #expect(change["line"] as? Int == line + 1)
    #expect(text.contains("\"0.60.0\""))

    let (again, t3) = commands.cli(["upgrade", dir.path, "--wandb-version", "0.60.0", "--json"])
    #expect(again == .success)
    let unchanged = try document(t3)
    #expect(unchanged["status"] as? String == "unchanged")
    #expect((unchanged["steps"] as? [[String: Any]])?.first?["alreadyCurrent"] as? Bool == true)
    #expect((unchanged["files"] as? [Any])?.isEmpty == true)
  }

  @Test func refusalsAreDocumentsToo() throws {
    let dir = try commands.initialized("aws-v8")
    let (code, t) = commands.cli(["upgrade", dir.path, "--wandb-version", "0.60.0", "--json"])
    #expect(code == .failure)
    let refused = try document(t)
    #expect(refused["status"] as? String == "refused")
    let refusal = try #require(refused["refusal"] as? [String: Any])
    #expect(refusal["kind"] as? String == "operatorManaged")
    #expect(t.stderr.contains("operator"), "diagnostics stay on standard error")
  }
}

/// A major move or downgrade may leave edits to make by hand; they are listed,
/// with the checker's own words, instead of discovered at `terraform plan`.
@Suite struct UpgradeLeftoverErrorsTests {
  @Test func aDowngradeBelowTheOperatorLineListsWhatBreaks() throws {
    let commands = UpgradeCommandTests()
    let dir = try commands.initialized("aws-v8")
    let (code, t) = commands.cli(
      ["upgrade", dir.path, "--module-version", "~> 7.0", "--allow-major", "--allow-downgrade", "--dry-run"])
    #expect(code == .success, "\(t.stderr)")
    #expect(t.stderr.contains("warning: after this change 6 errors must be fixed by hand before `terraform plan`"))
    // The 8.x cluster wiring reads outputs 7.x does not have.
    #expect(t.stderr.contains("module.wandb_infra.cluster_endpoint: wandb/wandb/aws 7.18.2 has no output \"cluster_endpoint\""))
    // 7.x needs the aws provider ~> 4.0; the 8.x directory pins ~> 5.95.
    #expect(t.stderr.contains("aws provider \"~> 5.95\" admits no release that wandb/wandb/aws 7.18.2 accepts (\"~> 4.0\")"))
    #expect(t.stderr.contains("\"kubernetes_legacy_cluster_creator_admin\" is not an input of wandb/wandb/aws 7.18.2"))
  }
}

/// `upgrade` on the Azure and own-Kubernetes lines.
@Suite struct UpgradeOtherLinesTests {
  /// The pin moves on the Azure and own-Kubernetes lines, from `init --example` directories.
  @Test(arguments: ["azure-v7", "k8s-helm"])
  func modulePinsMoveOnTheNewLines(_ blueprint: String) throws {
    let dir = try TemporaryDirectory()
    let (made, t) = UpgradeCommandTests().cli(["init", dir.path, "--blueprint", blueprint, "--example"])
    #expect(made == .success, "\(t.stderr)")
    let before = try dir.read("main.tf")
    let (refused, r) = UpgradeCommandTests().cli(["upgrade", dir.path, "--module-version", blueprint == "azure-v7" ? "~> 6.0" : "3.0.0"])
    #expect(refused == .failure)
    #expect(r.stderr.contains("then pass --allow-major and --allow-downgrade"), "\(r.stderr)")
    #expect(try dir.read("main.tf") == before, "a refusal writes nothing")
    let (operatorManaged, o) = UpgradeCommandTests().cli(["upgrade", dir.path, "--wandb-version", "0.60.0"])
    #expect(operatorManaged == .failure)
    #expect(o.stderr.contains("the W&B operator deploys W&B Server, so its version is not set in Terraform"), "\(o.stderr)")
    guard blueprint == "azure-v7" else { return }
    let (moved, m) = UpgradeCommandTests().cli(["upgrade", dir.path, "--module-version", "~> 7.9"])
    #expect(moved == .success, "\(m.stderr)")
    let after = String(decoding: try dir.read("main.tf"), as: UTF8.self)
    #expect(after == String(decoding: before, as: UTF8.self).replacingOccurrences(of: "version = \"~> 7.0\"", with: "version = \"~> 7.9\""))
  }
}
