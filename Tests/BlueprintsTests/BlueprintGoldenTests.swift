import Blueprints
import Foundation
import HCL
import Scaffold
import Testing
import _TestSupport

/// The rendered files of every blueprint × toggle combination against the golden
/// files in Golden/init/<case>/. `WBSCAFFOLD_RECORD=1 swift test` rewrites them
/// (and fails, so a new baseline is never accepted by accident).
@Suite struct BlueprintGoldenTests {
  struct Case: CustomTestStringConvertible, @unchecked Sendable {
    var blueprint: String
    var redis: Bool
    var sqs: Bool
    var workload: Workload? = nil
    var environment: Scaffold.Environment? = nil
    var backend: (bucket: String, key: String, lockTable: String?)? = nil
    /// Inbound access narrowed to a private range and the EKS API to one public block.
    var restricted = false
    /// An own bucket (`--bucket`, with `--bucket-kms-key-arn` on aws-v8).
    var ownBucket = false
    var name: String {
      var parts = [blueprint, redis ? "redis" : "noredis", sqs ? "sqs" : "nosqs"]
      if let workload, let environment { parts += [workload.rawValue, environment.rawValue] }
      if let backend { parts.append(backend.lockTable == nil ? "s3-lockfile" : "s3-dynamodb") }
      if restricted { parts.append("restricted") }
      if ownBucket { parts.append("ownbucket") }
      return parts.joined(separator: "-")
    }
    var testDescription: String { name }
  }

  /// Every blueprint x redis x sqs; every workload x environment on each blueprint;
  /// the S3 backend with either kind of locking; and a production setup with
  /// restricted access, which warns about nothing open.
  static let cases: [Case] =
    awsLines.flatMap { bp in
      [true, false].flatMap { redis in [true, false].map { Case(blueprint: bp, redis: redis, sqs: $0) } }
    }
    + awsLines.flatMap { bp in
      Workload.allCases.flatMap { w in
        Scaffold.Environment.allCases.map { Case(blueprint: bp, redis: true, sqs: false, workload: w, environment: $0) }
      }
    }
    + awsLines.map {
      Case(
        blueprint: $0, redis: true, sqs: false,
        backend: (bucket: "acme-terraform-state", key: "wandb/terraform.tfstate", lockTable: "terraform-locks"))
    }
    + [
      Case(
        blueprint: "aws-v8", redis: false, sqs: true,
        backend: (bucket: "acme-terraform-state", key: "wandb/terraform.tfstate", lockTable: nil)),
      Case(
        blueprint: "aws-v8", redis: true, sqs: false, workload: .both, environment: .prod,
        backend: (bucket: "acme-terraform-state", key: "wandb/terraform.tfstate", lockTable: "terraform-locks"),
        restricted: true),
    ]
    + awsLines.map { Case(blueprint: $0, redis: true, sqs: false, ownBucket: true) }

  /// The AWS lines, in the order their golden cases were first recorded.
  static let awsLines = ["aws-v2", "aws-v8"]

  /// The answers of `c`, resolved from raw values as `init` resolves flags.
  static func answers(_ c: Case) throws -> Answers {
    var raw: [String: [String]] = [
      "namespace": ["wandb"], "domain-name": ["example.com"], "subdomain": ["wandb"],
      "zone-id": ["Z0123456789ABCDEFGHIJ"], "region": ["us-east-1"], "allowed-cidr": ["0.0.0.0/0"],
      "allowed-ipv6-cidr": ["::/0"], "eks-cluster-version": [c.blueprint == "aws-v2" ? "1.28" : "1.33"],
      "license-file": ["LICENSE0123456789abcdefghij"], "redis": ["\(c.redis)"], "sqs": ["\(c.sqs)"],
    ]
    if c.blueprint == "aws-v2" { raw["wandb-version"] = ["0.58.1"] }
    if let w = c.workload { raw["workload"] = [w.rawValue] }
    if let e = c.environment { raw["environment"] = [e.rawValue] }
    if let b = c.backend {
      raw["state-bucket"] = [b.bucket]
      raw["state-key"] = [b.key]
      if let t = b.lockTable { raw["lock-table"] = [t] }
    }
    if c.ownBucket {
      raw["bucket"] = ["acme-wandb-files"]
      if c.blueprint == "aws-v8" { raw["bucket-kms-key-arn"] = ["arn:aws:kms:us-east-1:123456789012:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"] }
    }
    if c.restricted {
      raw["allowed-cidr"] = ["10.0.0.0/8"]
      raw["allowed-ipv6-cidr"] = []
      raw["eks-api-cidr"] = ["198.51.100.0/24"]
    }
    let blueprint = try #require(BlueprintCatalog.blueprint(c.blueprint))
    let resolution = AnswerResolver.resolve(explicit: RawAnswers(raw), blueprint: blueprint)
    var answers = try #require(resolution.answers, "\(resolution.problems) \(resolution.missing.map(\.id))")
    // The goldens carry a placeholder that validation (rightly) refuses from users.
    answers.set("license-file", "LICENSE-PLACEHOLDER")
    return answers
  }

  static func render(_ c: Case) throws -> [GeneratedFile] {
    let blueprint = try #require(BlueprintCatalog.blueprint(c.blueprint))
    return try Scaffolder.generate(try answers(c), with: blueprint)
  }

  @Test(arguments: cases)
  func matchesGolden(_ c: Case) throws {
    try GoldenDirectory.expectMatches(try Self.render(c), name: c.name)
  }

  @Test(arguments: cases)
  func generatedHCLIsFormatted(_ c: Case) throws {
    GoldenDirectory.expectFormatted(try Self.render(c), name: c.name)
  }

  @Test(arguments: cases)
  func checkerReportsNothingOnGeneratedFiles(_ c: Case) throws {
    GoldenDirectory.expectClean(try Self.render(c))
  }

  @Test(.enabled(if: TerraformCLI.shouldRun, Comment(rawValue: SlowTests.skipped)))
  func terraformFmtCheckAcceptsEveryCase() throws {
    try GoldenDirectory.expectTerraformFmtAccepts(Self.cases.map { ($0.name, try Self.render($0)) })
  }
}
