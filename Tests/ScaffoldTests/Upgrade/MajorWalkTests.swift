import Blueprints
import Foundation
import HCL
import Testing
import _TestSupport

@testable import Scaffold

/// Directories written the way users wrote them for aws 2.x, 4.x, 5.x and 7.x (and
/// google 8.x, azurerm 6.x), walked to the newest major one `upgrade` run per step: each step is the one the planner
/// chose, leaves no error `check` reports, is idempotent, touches only the lines
/// of its edits, and matches the reviewed result in `Scenarios/<name>/step-N`.
///
/// Record the results with `WBSCAFFOLD_RECORD=1 swift test --filter MajorWalkTests`.
@Suite("upgrade: walks across majors")
struct MajorWalkTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scenarios")
  static let recording = ProcessInfo.processInfo.environment["WBSCAFFOLD_RECORD"] == "1"

  struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var steps: [String]
    /// What `--module-version` asks for at every step.
    var target = "~> 8.0"
    /// Kubernetes minors the cluster must reach before a step (by step index): the
    /// step is refused until they are made, one `--eks-cluster-version` run each.
    var bumps: [Int: [String]] = [:]
    var testDescription: String { name }
  }

  static let scenarios = [
    // EKS 1.28: 5.x needs 1.29 and 7.x 1.30, each reached on the release before.
    Scenario(name: "aws-2x-wbscaffold", steps: ["~> 4.24", "~> 5.2", "~> 7.18", "~> 8.0"], bumps: [1: ["1.29"], 2: ["1.30"]]),
    Scenario(name: "aws-2x-guide-crlf", steps: ["~> 4.24", "~> 5.2", "~> 7.18", "~> 8.0"], bumps: [1: ["1.29"], 2: ["1.30"]]),
    Scenario(name: "aws-4x-operator", steps: ["~> 5.2", "~> 7.18", "~> 8.0"], bumps: [0: ["1.29"], 1: ["1.30"]]),
    Scenario(name: "aws-5x-variables", steps: ["~> 7.18", "~> 8.0"], bumps: [0: ["1.30"]]),
    Scenario(name: "aws-7x-bom", steps: ["~> 8.0"]),
    // Provider default_labels move into the module's labels at 9.0; create_redis keeps 9.x's default at 10.0.
    Scenario(name: "google-8x-labels", steps: ["~> 9.4", "~> 10.0"], target: "~> 10.0"),
    // create_redis keeps 6.x's default; the azurerm provider moves to 4.x.
    Scenario(name: "azure-6x", steps: ["~> 7.0"], target: "~> 7.0"),
    // 4.0 splits the node pool per zone (4 nodes over 2 zones) and keeps the 3.x sizes.
    Scenario(name: "azure-3x-nodes", steps: ["~> 4.1", "~> 5.2", "~> 6.0", "~> 7.0"], target: "~> 7.0"),
  ]

  static func planner() throws -> UpgradePlanner {
    UpgradePlanner(
      catalog: try #require(UpgradeTesting.catalog), lines: BlueprintCatalog.upgradeLines, rules: BlueprintCatalog.checkRules)
  }

  /// The files of a scenario folder, by name.
  static func read(_ folder: URL) throws -> [UpgradeSourceFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.map { UpgradeSourceFile(path: $0, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))) }
  }

  @Test(arguments: scenarios)
  func walk(_ scenario: Scenario) throws {
    let folder = Self.root.appendingPathComponent(scenario.name)
    var files = try Self.read(folder.appendingPathComponent("start"))
    let planner = try Self.planner()
    for (index, step) in scenario.steps.enumerated() {
      if let bumps = scenario.bumps[index] {
        // Refused while the cluster is too old, naming the first Kubernetes move.
        let blocked = try Self.refusal(UpgradeRequest(moduleVersion: scenario.target, allowMajor: true), files)
        #expect(blocked.kind == .migrationBlocked)
        #expect(blocked.finding.hint?.contains("wbscaffold upgrade --eks-cluster-version \(bumps[0])") == true, "\(blocked)")
        for version in bumps {
          let bump = try planner.plan(UpgradeRequest(clusterVersion: version), files: files)
          #expect(bump.hasChanges)
          files = UpgradePlanner.applying(bump.files, to: files)
        }
      }
      let plan = try planner.plan(UpgradeRequest(moduleVersion: scenario.target, allowMajor: true), files: files)
      #expect(plan.steps.first?.to == step, "step \(index + 1) moves to \(step)")
      let moves = plan.remainingSteps.compactMap { step -> String? in
        if case .module(let constraint, _) = step { constraint } else { nil }
      }
      #expect(moves == Array(scenario.steps.dropFirst(index + 1)))
      // The Kubernetes moves the later steps need are named before them.
      let bumpsAhead = scenario.bumps.filter { $0.key > index }.sorted { $0.key < $1.key }.flatMap(\.value)
      let named = plan.remainingSteps.compactMap { step -> String? in
        if case .clusterVersion(_, let version) = step { version } else { nil }
      }
      #expect(named == bumpsAhead, "step \(index + 1)")
      #expect(!plan.notes.contains { $0.rule == .errorsLeft }, "\(plan.notes.map(\.description))")
      let after = UpgradePlanner.applying(plan.files, to: files)
      let errors = ConfigurationChecker.check(
        ConfigurationDirectory(files: after.map { ($0.path, $0.bytes) }), catalog: try #require(UpgradeTesting.catalog),
        environment: [:], rules: BlueprintCatalog.checkRules
      ).filter(\.isBlockingError)
      #expect(errors.isEmpty, "step \(index + 1): \(errors.map(\.description))")
      // The same step again changes nothing.
      let again = try planner.plan(UpgradeRequest(moduleVersion: step, allowMajor: true), files: after)
      #expect(!again.hasChanges, "step \(index + 1) again: \(again.summary)")
      for file in plan.files { Self.expectOnlyEditedLines(file, step: index + 1) }
      try Self.compare(after, plan, to: folder.appendingPathComponent("step-\(index + 1)"))
      files = after
    }
  }

  @Test("a non-empty kubernetes_map_accounts refuses the move to 8.x, pointing at the value")
  func mapAccountsBlocks() throws {
    var files = try Self.read(Self.root.appendingPathComponent("aws-5x-variables/start"))
    let index = try #require(files.firstIndex { $0.path == "terraform.tfvars" })
    files[index].bytes = Array(
      String(decoding: files[index].bytes, as: UTF8.self)
        .replacingOccurrences(of: "kubernetes_map_accounts   = []", with: "kubernetes_map_accounts   = [\"123456789012\"]")
        .replacingOccurrences(of: "eks_cluster_version       = \"1.29\"", with: "eks_cluster_version       = \"1.30\"").utf8)
    let planner = try Self.planner()
    let first = try planner.plan(UpgradeRequest(moduleVersion: "~> 8.0", allowMajor: true), files: files)
    #expect(first.steps.first?.to == "~> 7.18", "7.x still accepts it")
    let after = UpgradePlanner.applying(first.files, to: files)
    let refusal = try Self.refusal(UpgradeRequest(moduleVersion: "~> 8.0", allowMajor: true), after)
    #expect(refusal.kind == .migrationBlocked)
    #expect(refusal.finding.location?.description == "terraform.tfvars:10:29")
    #expect(refusal.finding.hint?.contains("kubernetes_map_roles") == true)
  }

  @Test("a required input with no safe value is asked for with --input, and taken from it")
  func missingInputNamesTheFlag() throws {
    let main = UpgradeFixtureTexts.awsWithoutLicense
    let files = [UpgradeSourceFile(path: "main.tf", bytes: Array(main.utf8))]
    let planner = try Self.planner()
    let refusal = try Self.refusal(UpgradeRequest(moduleVersion: "~> 4.0", allowMajor: true), files)
    #expect(refusal.kind == .missingInput)
    #expect(refusal.finding.hint == "pass --input license=EXPRESSION")
    let plan = try planner.plan(
      UpgradeRequest(moduleVersion: "~> 4.0", allowMajor: true, inputs: ["license": "\"SECRET-VALUE\""]), files: files)
    #expect(plan.summary.contains { $0.contains("added license = (a string, not shown) (given with --input)") })
    #expect(!plan.summary.joined().contains("SECRET-VALUE"), "a literal value is never printed")
    let tree = SyntaxTree(plan.files[0].updated)
    let license = try #require(tree.body.blocks(ofType: "module").first?.body.attribute(named: "license"))
    #expect(tree.text(of: license.expression) == "\"SECRET-VALUE\"")
    // Without module "wandb_app" there is no DNS name to hand over.
    #expect(tree.body.blocks(ofType: "module").first?.body.attribute(named: "enable_dummy_dns") == nil)
    // A value for an input the step does not add is refused, naming why.
    for (name, why) in [
      ("nonsense", "aws 4.24.0 has no input \"nonsense\""), ("namespace", "module \"wandb_infra\" sets namespace already; edit it by hand"),
      ("size", "this step adds no size"),
    ] {
      let unused = try Self.refusal(
        UpgradeRequest(moduleVersion: "~> 4.0", allowMajor: true, inputs: ["license": "var.license", name: "1"]), files)
      #expect(unused.isUsageError && unused.flag == "--input")
      #expect(unused.message == "\(why); nothing was changed")
    }
  }

  @Test("an --input that replaces a safe value is taken, with a warning")
  func inputOverridesSafeValue() throws {
    let files = try Self.read(Self.root.appendingPathComponent("aws-7x-bom/start"))
    let plan = try Self.planner().plan(
      UpgradeRequest(moduleVersion: "~> 8.0", allowMajor: true, inputs: ["kubernetes_legacy_cluster_creator_admin": "false"]),
      files: files)
    #expect(plan.summary.contains { $0.contains("added kubernetes_legacy_cluster_creator_admin = false (given with --input)") })
    #expect(plan.notes.contains { $0.message.hasPrefix("--input kubernetes_legacy_cluster_creator_admin = false replaces the value that keeps an install running, true") })
  }

  // MARK: - Helpers

  /// The refusal of `request`, failing the test if it plans instead.
  static func refusal(
    _ request: UpgradeRequest, _ files: [UpgradeSourceFile], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> UpgradeRefusal {
    do {
      let plan = try planner().plan(request, files: files)
      Issue.record("expected a refusal, got a plan: \(plan.summary)", sourceLocation: sourceLocation)
      throw CancellationError()
    } catch let refusal as UpgradeRefusal {
      return refusal
    }
  }

  /// Every line that differs between the file before and after lies next to one of
  /// the plan's change locations (an edited line and the lines `fmt` re-aligned with it).
  static func expectOnlyEditedLines(_ file: UpgradePlan.File, step: Int) {
    // Split on the byte, so that a CRLF file has lines too ("\r\n" is one Character).
    let lines = { (bytes: [UInt8]) in
      bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring(decoding: $0, as: UTF8.self) }
    }
    let old = lines(file.original)
    let new = lines(file.updated)
    let kept = longestCommonSubsequence(old, new)
    let located = file.changes.map(\.location.position.line)
    var group: [Int] = []
    func close() {
      guard let first = group.first, let last = group.last else { return }
      #expect(
        located.contains { $0 >= first - 1 && $0 <= last + 1 },
        "step \(step): \(file.path) lines \(first)-\(last) changed with no planned edit there: \(group.map { new[$0 - 1] })")
      group = []
    }
    for line in 1...new.count {
      if kept.contains(line - 1) {
        close()
      } else {
        if let last = group.last, last != line - 1 { close() }
        group.append(line)
      }
    }
    close()
    // A line ending style is never changed.
    let crlf = { (bytes: [UInt8]) in bytes.indices.filter { bytes[$0] == 0x0A && $0 > 0 && bytes[$0 - 1] == 0x0D }.count }
    let breaks = { (bytes: [UInt8]) in bytes.filter { $0 == 0x0A }.count }
    #expect((crlf(file.original) == breaks(file.original)) == (crlf(file.updated) == breaks(file.updated)), "\(file.path)")
    #expect(Array(file.original.prefix(3)) == [0xEF, 0xBB, 0xBF] ? Array(file.updated.prefix(3)) == [0xEF, 0xBB, 0xBF] : true)
  }

  /// The indices in `new` of the lines a longest common subsequence keeps.
  static func longestCommonSubsequence(_ old: [Substring], _ new: [Substring]) -> Set<Int> {
    var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var kept: Set<Int> = []
    var i = 0
    var j = 0
    while i < old.count && j < new.count {
      if old[i] == new[j] {
        kept.insert(j)
        i += 1
        j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return kept
  }

  /// Compares the directory after a step, and what the plan said, with the recorded folder.
  static func compare(_ files: [UpgradeSourceFile], _ plan: UpgradePlan, to folder: URL) throws {
    var expected = files.map { ($0.path, $0.bytes) }
    let said = plan.summary + plan.applyNotes.map { "apply: " + $0 } + plan.remainingSteps.map { "next: \($0)" }
    expected.append(("plan.txt", Array((said.joined(separator: "\n") + "\n").utf8)))
    if recording {
      try? FileManager.default.removeItem(at: folder)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for (path, bytes) in expected { try Data(bytes).write(to: folder.appendingPathComponent(path)) }
      return
    }
    for (path, bytes) in expected {
      let recorded = try? Data(contentsOf: folder.appendingPathComponent(path))
      #expect(recorded.map([UInt8].init) == bytes, "\(folder.lastPathComponent)/\(path) differs from the recorded result")
    }
  }
}
