import Foundation
import HCL
import Scaffold
import Testing
import _TestSupport

@testable import wbscaffold

/// `check --format sarif` against GitHub's "SARIF support for code scanning":
/// one test per property the page marks required, and the ones we promise.
@Suite struct SARIFReportTests {
  typealias JSON = [String: Any]

  static func log(_ report: CheckReport = CheckReportFixture.report) throws -> JSON {
    let text = SARIFReport.text(report, version: CLI.version, ruleHelp: CheckCommand.ruleHelp)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? JSON)
  }
  static func run(_ report: CheckReport = CheckReportFixture.report) throws -> JSON {
    let runs = try #require(try log(report)["runs"] as? [JSON])
    #expect(runs.count == 1)
    return try #require(runs.first)
  }
  static func results(_ report: CheckReport = CheckReportFixture.report) throws -> [JSON] {
    try #require(try run(report)["results"] as? [JSON])
  }
  static func rules(_ report: CheckReport = CheckReportFixture.report) throws -> [JSON] {
    let driver = try #require((try run(report)["tool"] as? JSON)?["driver"] as? JSON)
    return try #require(driver["rules"] as? [JSON])
  }
  static func text(_ object: Any?) -> String? { (object as? JSON)?["text"] as? String }

  @Test("sarifLog: $schema, version 2.1.0 and runs")
  func topLevel() throws {
    let log = try Self.log()
    #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    #expect(log["version"] as? String == "2.1.0")
    #expect((log["runs"] as? [JSON])?.count == 1)
  }

  @Test("toolComponent: name wbscaffold, the tool's semantic version, no made-up informationUri")
  func driver() throws {
    let driver = try #require((try Self.run()["tool"] as? JSON)?["driver"] as? JSON)
    #expect(driver["name"] as? String == "wbscaffold")
    #expect(driver["semanticVersion"] as? String == CLI.version)
    #expect(driver["informationUri"] == nil)
    let given = SARIFReport.text(CheckReportFixture.report, version: "1.2.3", ruleHelp: [:], informationURI: "https://example.com/wbscaffold")
    #expect(given.contains(#""informationUri" : "https://example.com/wbscaffold""#))
    #expect(given.contains(#""semanticVersion" : "1.2.3""#))
  }

  @Test("reportingDescriptor: id, shortDescription, fullDescription, help (non-empty, at most 1024) and a level, once per rule that occurs")
  func rules() throws {
    let rules = try Self.rules()
    #expect(rules.compactMap { $0["id"] as? String } == ["installed-release", "unknown-module-argument", "unused-variable"])
    for rule in rules {
      for key in ["shortDescription", "fullDescription", "help"] {
        let text = try #require(Self.text(rule[key]), "\(rule["id"] ?? "?") has no \(key).text")
        #expect(!text.isEmpty && text.count <= 1024)
      }
      #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? JSON)?["level"] as? String))
    }
    #expect((rules[1]["defaultConfiguration"] as? JSON)?["level"] as? String == "error")
    #expect(Self.text(rules[1]["shortDescription"]) == CheckCommand.ruleHelp[.unknownModuleArgument]?.short)
  }

  @Test("result: ruleId, ruleIndex pointing at that rule, and level error/warning/note")
  func ruleReferences() throws {
    let rules = try Self.rules()
    let results = try Self.results()
    #expect(results.count == 3)
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
    }
    #expect(results.map { $0["level"] as? String } == ["note", "error", "warning"])
  }

  @Test("result.message.text: the message, the notes, then the hint")
  func message() throws {
    let text = try #require(Self.text(try Self.results()[1]["message"]))
    #expect(
      text
        == "module \"x\": argument \"create_elasticache_subnet\" is not an input of wandb/wandb/aws 2.0.0\n"
        + "- infra/variables.tf:2:1: declared here\nhint: did you mean \"create_elasticache\"?")
  }

  @Test("locations[].physicalLocation: a repository-relative uri and a region from the position; line 1 without one")
  func locations() throws {
    let results = try Self.results()
    func physical(_ result: JSON) throws -> JSON {
      let locations = try #require(result["locations"] as? [JSON])
      #expect(locations.count == 1)
      return try #require(locations.first?["physicalLocation"] as? JSON)
    }
    let located = try physical(results[1])
    #expect((located["artifactLocation"] as? JSON)?["uri"] as? String == "infra/main.tf")
    let region = try #require(located["region"] as? JSON)
    #expect(region["startLine"] as? Int == 4 && region["startColumn"] as? Int == 3)
    #expect(region["endLine"] as? Int == 4 && region["endColumn"] as? Int == 4)
    let wholeFile = try physical(results[2])
    #expect((wholeFile["artifactLocation"] as? JSON)?["uri"] as? String == "infra/variables.tf")
    #expect(wholeFile["region"] as? [String: Int] == ["startLine": 1])
  }

  @Test("uris: forward slashes, no ./, absolute paths under the working directory made relative, other bytes percent-encoded")
  func uris() {
    var report = CheckReport(directory: "./envs/prod", files: [], findings: [])
    #expect(report.relative("main.tf") == "envs/prod/main.tf")
    report.directory = "/work/repo/infra"
    report.workingDirectory = "/work/repo"
    #expect(report.relative("main.tf") == "infra/main.tf")
    report.workingDirectory = "/elsewhere"
    #expect(report.relative("main.tf") == "/work/repo/infra/main.tf")
    report = CheckReport(directory: "a\\b", files: [], findings: [], variableFiles: ["../shared.tfvars"])
    #expect(report.relative("c.tf") == "a/b/c.tf")
    #expect(report.relative("../shared.tfvars") == "../shared.tfvars")
    #expect(SARIFReport.uriReference("my dir/main#1.tf") == "my%20dir/main%231.tf")
    #expect(SARIFReport.uriReference("é.tf") == "%C3%A9.tf")
  }

  @Test("partialFingerprints.primaryLocationLineHash: the same for a finding whose line moved, different for another message, :N for equal ones")
  func fingerprints() throws {
    func hash(_ findings: [Finding]) throws -> [String] {
      try Self.results(CheckReport(directory: ".", files: ["main.tf"], findings: findings)).map {
        try #require(($0["partialFingerprints"] as? JSON)?["primaryLocationLineHash"] as? String)
      }
    }
    let base = CheckReportFixture.error
    var moved = base
    moved.position = SourcePosition(line: 40, column: 3)
    var other = base
    other.message += "!"
    let hashes = try hash([base, moved, other])
    #expect(hashes[0].hasSuffix(":1") && hashes[1].hasSuffix(":2") && hashes[2].hasSuffix(":1"))
    #expect(hashes[0].dropLast(2) == hashes[1].dropLast(2))
    #expect(hashes[0].dropLast(2) != hashes[2].dropLast(2))
    #expect(try hash([moved]) == [hashes[0]])
    // Fixed across processes and machines: FNV-1a, not Swift's seeded Hasher.
    #expect(SARIFReport.fingerprint(Finding(.syntaxError, .error, path: nil, position: nil, message: ""), path: nil) == "53d962cf49251441")
  }

  @Test("every rule id in Sources/ and Blueprints/ has help texts, each within GitHub's 1024 characters")
  func everyRuleHasHelp() throws {
    var ids: Set<String> = []
    for folder in ["Sources", "Blueprints"] {
      let root = BuiltTool.packageRoot.appendingPathComponent(folder)
      let walker = try #require(FileManager.default.enumerator(atPath: root.path))
      for case let path as String in walker where path.hasSuffix(".swift") {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        for match in text.matches(of: #/static let \w+ = (?:Finding\.)?Rule\("([a-z0-9-]+)"\)/#) { ids.insert(String(match.1)) }
      }
    }
    #expect(ids.count >= 40, "the scan found only \(ids.sorted())")
    #expect(ids.subtracting(CheckCommand.ruleHelp.keys.map(\.rawValue)).sorted() == [])
    for (rule, help) in CheckCommand.ruleHelp {
      for text in [help.short, help.full, help.help] { #expect(!text.isEmpty && text.count <= 1024, "\(rule)") }
    }
    #expect(RuleHelp.fallback(Finding.Rule("made-up")).short.contains("made-up"))
    // An undescribed rule still gets every text GitHub requires.
    let bare = SARIFReport.text(CheckReportFixture.report, version: "1", ruleHelp: [:])
    #expect(bare.contains("wbscaffold check rule unknown-module-argument."))
  }
}
