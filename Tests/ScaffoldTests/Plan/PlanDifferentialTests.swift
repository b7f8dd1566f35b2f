import Foundation
import Testing
import _TestSupport

@testable import Scaffold

/// The reader on what terraform itself writes: a tiny configuration of
/// `terraform_data` resources (terraform's built-in provider, so nothing is
/// downloaded) is applied, changed, planned with `-out` and shown with
/// `terraform show -json`, and the review must list what terraform's own plan
/// says it destroys and replaces, with its reasons.
@Suite(.enabled(if: TerraformCLI.shouldRun, Comment(rawValue: SlowTests.skipped)))
struct PlanDifferentialTests {
  static let before = """
    resource "terraform_data" "kept" {
      input = "a"
    }
    resource "terraform_data" "store" {
      triggers_replace = "one"
    }
    resource "terraform_data" "gone" {
      input = "x"
    }
    module "pool" {
      source = "./pool"
    }
    """

  static let after = """
    resource "terraform_data" "kept" {
      input = "a"
    }
    resource "terraform_data" "store" {
      triggers_replace = "two"
    }
    module "pool" {
      source = "./pool"
      size   = 2
    }
    """

  static let pool = """
    variable "size" {
      type    = number
      default = 3
    }
    resource "terraform_data" "node" {
      count = var.size
      input = count.index
    }
    """

  @Test func theReviewListsWhatTerraformsPlanDestroysAndReplaces() throws {
    let dir = try TemporaryDirectory()
    try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("pool"), withIntermediateDirectories: true)
    try dir.write("pool/main.tf", Self.pool)
    try dir.write("main.tf", Self.before)
    for args in [["init", "-input=false", "-no-color"], ["apply", "-auto-approve", "-input=false", "-no-color"]] {
      let run = try TerraformCLI.run(args, in: dir.url)
      try #require(run.status == 0, "terraform \(args[0]): \(run.output)")
    }
    try dir.write("main.tf", Self.after)
    let plan = try TerraformCLI.run(
      ["plan", "-input=false", "-no-color", "-out", "wandb.tfplan", "-replace=terraform_data.kept"], in: dir.url)
    try #require(plan.status == 0, "\(plan.output)")
    let shown = try TerraformCLI.run(["show", "-json", "wandb.tfplan"], in: dir.url, mergeOutput: false)
    try #require(shown.status == 0, "\(shown.stderr)")

    let table = PlanResourceTable(
      types: ["terraform_data": .init(.disruptive, "it stands in for a cluster")],
      moduleCalls: ["pool": .init(.holdsData, "it stands in for a database")])
    let review = try PlanReviewer(table: table).review(Array(shown.stdout.utf8), path: "plan.json")
    #expect(review.document.formatVersion.hasPrefix("1."))
    #expect(
      review.changes.map(\.line) == [
        "module.pool.terraform_data.node[2]: destroyed (count index out of range)",
        "terraform_data.gone: destroyed (no longer in the configuration)",
        "terraform_data.kept: replaced (requested with -replace)",
        "terraform_data.store: replaced (cannot update in place: triggers_replace)",
      ])
    #expect(review.changes[0].moduleAddress == "module.pool")
    #expect(review.findings.map(\.severity) == [.error, .warning, .warning, .warning])
    #expect(review.losesData)

    // The saved plan itself, not its JSON, is named as such.
    let binary = [UInt8](try Data(contentsOf: dir.url.appendingPathComponent("wandb.tfplan")))
    #expect(throws: PlanDocument.Failure.self) { try PlanReviewer(table: table).review(binary, path: "wandb.tfplan") }
    // And so is the JSON of the state.
    let state = try TerraformCLI.run(["show", "-json"], in: dir.url, mergeOutput: false)
    #expect {
      try PlanDocument(json: Array(state.stdout.utf8))
    } throws: { ($0 as? PlanDocument.Failure)?.message.hasPrefix("is the JSON of a state") == true }
  }
}
