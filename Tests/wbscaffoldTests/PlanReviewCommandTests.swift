import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// `plan-review` end to end on the fixtures of `Tests/ScaffoldTests/Plan/Fixtures`
/// (hand-written plan JSON), and `upgrade`'s pointer to it.
@Suite struct PlanReviewCommandTests {
  static let fixtures = BuiltTool.packageRoot.appendingPathComponent("Tests/ScaffoldTests/Plan/Fixtures")

  func cli(_ args: [String]) -> (ExitCode, ScriptedTerminal) {
    let terminal = ScriptedTerminal()
    let code = CLI.run(args, Context(terminal: terminal, environment: ["NO_COLOR": "1"]))
    return (code, terminal)
  }

  func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name + ".json").path }

  @Test func theAws7To8StepExitsZeroWithNotes() {
    let path = fixture("aws-7-to-8-node-groups")
    let (code, t) = cli(["plan-review", path])
    #expect(code == .success, "\(t.stderr)")
    let lines = t.stdout.replacingOccurrences(of: path, with: "plan.json").split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "plan.json: 4 resources replaced or destroyed:")
    #expect(
      lines.contains(
        #"  module.wandb_infra.module.app_eks.module.eks.module.node_groups.aws_eks_node_group.workers["primary"]: destroyed (its module is no longer in the configuration)"#
      ))
    #expect(lines.filter { $0.hasPrefix("plan.json: note: ") }.count == 3)
    #expect(lines.contains("    - reason: its module is no longer in the configuration"))
    #expect(lines.dropLast().last == "0 errors, 0 warnings, 3 notes: nothing would lose data.")
    #expect(t.stderr.isEmpty)
  }

  @Test func aDestroyedDatabaseExitsOne() {
    let path = fixture("rds-destroyed")
    let (code, t) = cli(["plan-review", path])
    #expect(code == .failure)
    #expect(
      t.stdout.contains(
        "\(path): error: module.wandb_infra.module.database.aws_rds_cluster.this[0] would be destroyed: the Aurora cluster holds the W&B database"
      ))
    #expect(t.stdout.contains("    hint: do not apply this plan unless the data is backed up"))
    #expect(t.stdout.hasSuffix("2 errors, 0 warnings, 0 notes: this plan loses data; do not apply it as it is.\n"))
  }

  @Test func aCreateOnlyPlanListsNothing() {
    let path = fixture("create-only")
    let (code, t) = cli(["plan-review", path])
    #expect(code == .success)
    #expect(
      t.stdout == "\(path): nothing is replaced or destroyed (3 resource changes in the plan).\n0 errors, 0 warnings, 0 notes: nothing would lose data.\n")
  }

  @Test func jsonSummarisesChangesAndFindings() throws {
    let path = fixture("bucket-replaced")
    let (code, t) = cli(["plan-review", path, "--json"])
    #expect(code == .failure)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(t.stdout.utf8)) as? [String: Any])
    #expect(object["losesData"] as? Bool == true)
    #expect(object["errors"] as? Int == 1 && object["warnings"] as? Int == 1 && object["notes"] as? Int == 0)
    #expect(object["plan"] as? String == path && object["terraformVersion"] as? String == "1.11.4")
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.map { $0["address"] as? String } == [
      "module.wandb.module.app_gke.google_container_cluster.default", "module.wandb.module.storage.google_storage_bucket.file_storage",
    ])
    #expect(changes[1]["effect"] as? String == "replaced" && changes[1]["reason"] as? String == "replace_because_cannot_update")
    #expect(changes[1]["actions"] as? [String] == ["delete", "create"] && changes[1]["replacePaths"] as? [String] == ["location"])
    #expect(changes.map { $0["severity"] as? String } == ["warning", "error"])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.map { $0["rule"] as? String } == ["plan-replaces", "plan-destroys-data"])
  }

  @Test func usageErrorsNameTheFileAndWhatIsWrong() throws {
    let dir = try TemporaryDirectory()
    try dir.write("state.json", #"{"terraform_version": "1.11.4", "values": {}}"#)
    try dir.write("broken.json", #"{"format_version": "1.2", "resource_changes": ["#)
    let cases: [([String], String)] = [
      (["plan-review"], "Error: missing the plan JSON: run `terraform show -json wandb.tfplan > plan.json`, then give plan.json\n"),
      (["plan-review", dir.path + "/none.json"], "Error: no such file: \(dir.path)/none.json\n"),
      (["plan-review", dir.path], "Error: \(dir.path) is a directory; give the JSON of a saved plan\n"),
      (["plan-review", dir.path + "/state.json"], "Error: \(dir.path)/state.json is not `terraform show -json` output: no format_version\n"),
      (["plan-review", dir.path + "/broken.json"], "Error: \(dir.path)/broken.json is not JSON: "),
    ]
    for (args, message) in cases {
      let (code, t) = cli(args)
      #expect(code == .usage, "\(args)")
      #expect(t.stderr.hasPrefix(message), "\(t.stderr)")
      #expect(t.stderr.contains("Usage: wbscaffold plan-review <plan-json> [--json] [--[no-]color]"))
      #expect(t.stdout.isEmpty)
    }
  }

  /// After a module pin moves, `upgrade` tells to save, show, review and apply the plan.
  @Test func upgradePointsToPlanReviewAfterAModulePinMoves() throws {
    let dir = try TemporaryDirectory()
    let (made, m) = cli(["init", dir.path, "--blueprint", "azure-v7", "--example"])
    #expect(made == .success, "\(m.stderr)")
    let (moved, t) = UpgradeCommandTests().cli(["upgrade", dir.path, "--module-version", "~> 7.9"])
    #expect(moved == .success, "\(t.stderr)")
    #expect(
      t.stdout.hasSuffix(
        """
        Review the plan before applying it:
          terraform init -upgrade
          terraform plan -out wandb.tfplan
          terraform show -json wandb.tfplan > plan.json
          wbscaffold plan-review plan.json
          terraform apply wandb.tfplan

        """))
  }

  /// A major move that leaves errors is not done, and still ends with the review sequence.
  @Test func aMoveThatLeavesErrorsIsNotDoneAndStillPointsToPlanReview() throws {
    let dir = try UpgradeCommandTests().initialized("aws-v8")
    let (code, t) = UpgradeCommandTests().cli(["upgrade", dir.path, "--module-version", "~> 7.0", "--allow-major", "--allow-downgrade"])
    #expect(code == .failure, "\(t.stderr)")
    let lines = t.stdout.split(separator: "\n").map(String.init)
    #expect(lines.suffix(6) == [
      "Not done: fix the 6 errors above by hand and run `wbscaffold check`; then review the plan before applying it:",
      "  terraform init -upgrade",
    ] + UpgradeCommand.planReviewSequence.map { "  " + $0 })
  }

  @Test func aWandbVersionBumpKeepsTheShortAdvice() throws {
    let dir = try UpgradeCommandTests().initialized()
    let (code, t) = UpgradeCommandTests().cli(["upgrade", dir.path, "--wandb-version", "0.60.0"])
    #expect(code == .success, "\(t.stderr)")
    #expect(t.stdout.hasSuffix("Review with `terraform plan`, then `terraform apply`.\n"))
  }
}
