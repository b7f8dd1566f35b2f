import Blueprints
import Foundation
import HCL
import Scaffold
import Testing
import _TestSupport

/// The k8s-helm files of every toggle combination and of the optional values,
/// against Golden/init/<case>/.
@Suite struct KubernetesGoldenTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var extra: [String: [String]]
    var testDescription: String { name }
  }

  /// Every combination of the toggles (TLS to the store, MinIO, OpenShift), then
  /// the optional values: an ingress with a TLS secret and a pinned context, and
  /// an external Redis with the state in the cluster.
  static let cases: [Case] =
    [true, false].flatMap { tls in
      [false, true].flatMap { minio in
        [false, true].map { openshift in
          Case(
            name: "k8s-helm-\(tls ? "tls" : "notls")-\(minio ? "minio" : "nominio")-\(openshift ? "openshift" : "noopenshift")",
            extra: ["bucket-tls": ["\(tls)"], "minio": ["\(minio)"], "openshift": ["\(openshift)"]])
        }
      }
    } + [
      Case(
        name: "k8s-helm-ingress-tls-context",
        extra: ["ingress-class": ["nginx"], "tls-secret": ["wandb-tls"], "kube-context": ["prod-cluster"]]),
      Case(
        name: "k8s-helm-redis-state",
        extra: [
          "redis-host": ["redis.cache.svc"], "redis-port": ["6380"], "bucket-endpoint": ["ceph-rgw.storage.svc:7480"],
          "state-secret-suffix": ["wandb"], "mysql-port": ["3307"], "ingress-class": ["openshift-default"],
        ]),
    ]

  static func answers(_ c: Case) throws -> Answers {
    var raw: [String: [String]] = [
      "namespace": ["wandb"], "host": ["https://wandb.example.com"], "license-file": ["LICENSE0123456789abcdefghij"],
      "mysql-host": ["mysql.db.svc.cluster.local"], "mysql-password-file": ["MYSQL-PASSWORD-1"],
      "bucket-endpoint": ["minio.storage.svc:9000"], "bucket-name": ["wandb-files"],
      "bucket-access-key-file": ["ACCESS-KEY-1"], "bucket-secret-key-file": ["SECRET-KEY-1"],
    ]
    raw.merge(c.extra) { _, new in new }
    let blueprint = try #require(BlueprintCatalog.blueprint("k8s-helm"))
    let resolution = AnswerResolver.resolve(explicit: RawAnswers(raw), blueprint: blueprint)
    var answers = try #require(resolution.answers, "\(resolution.problems) \(resolution.missing.map(\.id))")
    answers.set("license-file", "LICENSE-PLACEHOLDER")
    return answers
  }

  static func render(_ c: Case) throws -> [GeneratedFile] {
    try Scaffolder.generate(try answers(c), with: try #require(BlueprintCatalog.blueprint("k8s-helm")))
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

  /// The secrets reach only the secrets file: never the README, its regenerate
  /// command, the other files or the summary.
  @Test(arguments: cases)
  func secretsStayInTheSecretsFile(_ c: Case) throws {
    for file in try Self.render(c) {
      for secret in ["MYSQL-PASSWORD-1", "ACCESS-KEY-1", "SECRET-KEY-1"] {
        #expect(file.contents.contains(secret) == (file.path == BlueprintParts.secretsFile), "\(secret) in \(file.path)")
      }
    }
    let readme = try #require(try Self.render(c).first { $0.path == "README.md" }).contents
    #expect(readme.contains("the secrets come from `WANDB_LICENSE` or `--license-file`, `WANDB_MYSQL_PASSWORD` or `--mysql-password-file`"))
  }

  /// What the answers change, read from the rendered spec rather than the goldens.
  @Test func answersReachTheSpec() throws {
    func main(_ c: Case) throws -> String { try #require(try Self.render(c).first { $0.path == "main.tf" }).contents }
    let minimal = try main(Self.cases[0])  // TLS, no MinIO, no OpenShift
    #expect(minimal.contains("path      = \"${var.bucket_name}?tls=true\""))
    #expect(!minimal.contains("redis = {"), "no external Redis: the operator's own, with its defaults")
    #expect(!minimal.contains("local.openshift"))
    let openshift = try main(try #require(Self.cases.first { $0.name == "k8s-helm-notls-nominio-openshift" }))
    #expect(openshift.contains("path      = var.bucket_name"))
    #expect(openshift.contains("runAsUser    = 100000"))
    #expect(openshift.contains("app     = local.openshift"))
    let redis = try #require(Self.cases.last)
    #expect(try main(redis).contains("redis = {\n        install = false\n      }"))
    let versions = try #require(try Self.render(redis).first { $0.path == "versions.tf" }).contents
    #expect(versions.contains("backend \"kubernetes\""))
  }

  @Test(.enabled(if: TerraformCLI.shouldRun, Comment(rawValue: SlowTests.skipped)))
  func terraformFmtCheckAcceptsEveryCase() throws {
    try GoldenDirectory.expectTerraformFmtAccepts(Self.cases.map { ($0.name, try Self.render($0)) })
  }
}
