import Blueprints
import Foundation
import HCL
import Scaffold
import Testing
import _TestSupport

/// The gcp-v10 files of every toggle combination (Redis, Pub/Sub, the DNS
/// record), each alone and with the GCS backend and production sizing, and every
/// workload × environment, against Golden/init/<case>/.
@Suite struct GoogleGoldenTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var redis = true
    var pubsub = true
    var dns = false
    var workload: Workload? = nil
    var environment: Scaffold.Environment? = nil
    var gcs = false
    var ownBucket = false
    var name: String {
      var parts = ["gcp-v10", redis ? "redis" : "noredis", pubsub ? "pubsub" : "nopubsub"]
      if dns { parts.append("dns") }
      if let workload, let environment { parts += [workload.rawValue, environment.rawValue] }
      if gcs { parts.append("gcs") }
      if ownBucket { parts.append("ownbucket") }
      return parts.joined(separator: "-")
    }
    var testDescription: String { name }
  }

  static let toggles: [Case] = [true, false].flatMap { redis in
    [true, false].flatMap { pubsub in [false, true].map { Case(redis: redis, pubsub: pubsub, dns: $0) } }
  }

  static let cases: [Case] =
    toggles
    + toggles.map { var c = $0; c.workload = .both; c.environment = .prod; c.gcs = true; return c }
    + Workload.allCases.flatMap { w in Scaffold.Environment.allCases.map { Case(workload: w, environment: $0) } }
      .filter { !($0.workload == .both && $0.environment == .prod) }
    + [Case(pubsub: false, ownBucket: true)]

  static func answers(_ c: Case) throws -> Answers {
    var raw: [String: [String]] = [
      "namespace": ["wandb"], "domain-name": ["example.com"], "subdomain": ["wandb"], "project": ["acme-ml-prod"],
      "region": ["us-central1"], "allowed-cidr": ["0.0.0.0/0"], "license-file": ["LICENSE0123456789abcdefghij"],
      "redis": ["\(c.redis)"], "pubsub": ["\(c.pubsub)"],
    ]
    if c.dns { raw["dns-zone"] = ["example-com"] }
    if c.ownBucket { raw["bucket"] = ["acme-wandb-files"] }
    if let w = c.workload { raw["workload"] = [w.rawValue] }
    if let e = c.environment { raw["environment"] = [e.rawValue] }
    if c.gcs {
      raw["state-bucket"] = ["acme-terraform-state"]
      raw["allowed-cidr"] = ["203.0.113.0/24"]
    }
    let blueprint = try #require(BlueprintCatalog.blueprint("gcp-v10"))
    let resolution = AnswerResolver.resolve(explicit: RawAnswers(raw), blueprint: blueprint)
    var answers = try #require(resolution.answers, "\(resolution.problems) \(resolution.missing.map(\.id))")
    answers.set("license-file", "LICENSE-PLACEHOLDER")
    return answers
  }

  static func render(_ c: Case) throws -> [GeneratedFile] {
    try Scaffolder.generate(try answers(c), with: try #require(BlueprintCatalog.blueprint("gcp-v10")))
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
    let off = try main(Case(redis: false, pubsub: false))
    #expect(argument(off, "create_redis") == .bool(false))
    #expect(argument(off, "use_internal_queue") == .bool(true))
    #expect(off.body.blocks(ofType: "resource").isEmpty)
    let dev = try main(Case(dns: true, workload: .models, environment: .dev))
    #expect(argument(dev, "gke_machine_type") == .string("n2-highmem-2"))
    // Written even where the newest preset agrees: ~> 10.0 admits releases with other presets.
    #expect(argument(dev, "database_machine_type") == .string("db-n1-highmem-2"))
    #expect(argument(dev, "deletion_protection") == .bool(false))
    #expect(dev.body.blocks(ofType: "resource").map { $0.labels.first?.value } == ["google_dns_record_set"])
    // Production Models and Weave: the large preset, and its machine types written out.
    let prod = try Self.answers(Case(workload: .both, environment: .prod))
    #expect(prod.size == "large")
    #expect(argument(try main(Case(workload: .both, environment: .prod)), "gke_machine_type") == .string("n2-highmem-16"))
  }

  @Test(.enabled(if: TerraformCLI.shouldRun, Comment(rawValue: SlowTests.skipped)))
  func terraformFmtCheckAcceptsEveryCase() throws {
    try GoldenDirectory.expectTerraformFmtAccepts(Self.cases.map { ($0.name, try Self.render($0)) })
  }
}
