import Blueprints
import Foundation
import HCL
import Scaffold
import Testing
import _TestSupport

/// The azure-v7 files of every toggle combination (Redis, the Storage queue, the
/// DNS record), each alone and with the azurerm backend and production sizing,
/// and every workload × environment, against Golden/init/<case>/.
@Suite struct AzureGoldenTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var redis = true
    var queue = true
    var dns = false
    var workload: Workload? = nil
    var environment: Scaffold.Environment? = nil
    var backend = false
    var name: String {
      var parts = ["azure-v7", redis ? "redis" : "noredis", queue ? "queue" : "noqueue"]
      if dns { parts.append("dns") }
      if let workload, let environment { parts += [workload.rawValue, environment.rawValue] }
      if backend { parts.append("azurerm") }
      return parts.joined(separator: "-")
    }
    var testDescription: String { name }
  }

  static let toggles: [Case] = [true, false].flatMap { redis in
    [true, false].flatMap { queue in [false, true].map { Case(redis: redis, queue: queue, dns: $0) } }
  }

  static let cases: [Case] =
    toggles
    + toggles.map { var c = $0; c.workload = .both; c.environment = .prod; c.backend = true; return c }
    + Workload.allCases.flatMap { w in Scaffold.Environment.allCases.map { Case(workload: w, environment: $0) } }
      .filter { !($0.workload == .both && $0.environment == .prod) }

  static func answers(_ c: Case) throws -> Answers {
    var raw: [String: [String]] = [
      "namespace": ["wandb"], "domain-name": ["example.com"], "subdomain": ["wandb"],
      "subscription-id": ["00000000-1111-2222-3333-444444444444"], "location": ["eastus"], "allowed-cidr": ["0.0.0.0/0"],
      "license-file": ["LICENSE0123456789abcdefghij"], "redis": ["\(c.redis)"], "storage-queue": ["\(c.queue)"],
    ]
    if c.dns {
      raw["dns-zone"] = ["example.com"]
      raw["dns-resource-group"] = ["dns"]
    }
    if let w = c.workload { raw["workload"] = [w.rawValue] }
    if let e = c.environment { raw["environment"] = [e.rawValue] }
    if c.backend {
      raw["state-storage-account"] = ["acmetfstate"]
      raw["state-resource-group"] = ["tfstate"]
      raw["allowed-cidr"] = ["203.0.113.0/24"]
    }
    let blueprint = try #require(BlueprintCatalog.blueprint("azure-v7"))
    let resolution = AnswerResolver.resolve(explicit: RawAnswers(raw), blueprint: blueprint)
    var answers = try #require(resolution.answers, "\(resolution.problems) \(resolution.missing.map(\.id))")
    answers.set("license-file", "LICENSE-PLACEHOLDER")
    return answers
  }

  static func render(_ c: Case) throws -> [GeneratedFile] {
    try Scaffolder.generate(try answers(c), with: try #require(BlueprintCatalog.blueprint("azure-v7")))
  }

  @Test(arguments: cases)
  func matchesGolden(_ c: Case) throws {
    try GoldenDirectory.expectMatches(try Self.render(c), name: c.name)
  }

  @Test(arguments: cases)
  func generatedHCLIsFormattedAndPassesCheck(_ c: Case) throws {
    let files = try Self.render(c)
    GoldenDirectory.expectFormatted(files, name: c.name)
    GoldenDirectory.expectClean(files)
  }

  /// What the toggles and sizing change, read from the rendered files rather than the goldens.
  @Test func togglesAndSizingReachTheModuleCall() throws {
    func main(_ c: Case) throws -> SyntaxTree {
      SyntaxTree(Array(try #require(try Self.render(c).first { $0.path == "main.tf" }).contents.utf8))
    }
    func argument(_ tree: SyntaxTree, _ name: String) -> Value? {
      tree.body.blocks(ofType: "module").first?.body.attribute(named: name).flatMap { tree.constantValue(of: $0.expression) }
    }
    let off = try main(Case(redis: false, queue: false))
    #expect(argument(off, "create_redis") == .bool(false))
    #expect(argument(off, "use_internal_queue") == .bool(true))
    #expect(argument(off, "database_version") == .string("8.0.21"))
    #expect(off.body.blocks(ofType: "resource").isEmpty)
    let dev = try main(Case(dns: true, workload: .models, environment: .dev))
    #expect(argument(dev, "kubernetes_instance_type") == .string("Standard_E2s_v5"))
    #expect(argument(dev, "database_sku_name") == .string("MO_Standard_E2ds_v4"))
    #expect(argument(dev, "deletion_protection") == .bool(false))
    #expect(dev.body.blocks(ofType: "resource").map { $0.labels.first?.value } == ["azurerm_dns_a_record"])
    // Production Models and Weave: the large preset, and its types written out.
    let prod = try Self.answers(Case(workload: .both, environment: .prod))
    #expect(prod.size == "large")
    #expect(argument(try main(Case(workload: .both, environment: .prod)), "kubernetes_instance_type") == .string("Standard_E16s_v5"))
  }

  @Test(.enabled(if: TerraformCLI.shouldRun, Comment(rawValue: SlowTests.skipped)))
  func terraformFmtCheckAcceptsEveryCase() throws {
    try GoldenDirectory.expectTerraformFmtAccepts(Self.cases.map { ($0.name, try Self.render($0)) })
  }
}
