import Testing

@testable import Scaffold

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Required inputs, traps, and the consistency of the shipped catalogue data.
@Suite("ModuleCatalog data")
struct ModuleCatalogDataTests {
  static let aws = "wandb/wandb/aws"
  static let kubernetes = "wandb/wandb/kubernetes"
  static let base = [
    "namespace", "zone_id", "domain_name", "allowed_inbound_cidr", "allowed_inbound_ipv6_cidr",
  ]

  struct RequiredCase: Sendable, CustomTestStringConvertible {
    let version: String
    let expected: [String]
    var testDescription: String { "aws \(version)" }
  }

  static let required: [RequiredCase] = [
    RequiredCase(version: "2.0.0", expected: base),
    RequiredCase(version: "2.1.0", expected: base + ["eks_cluster_version"]),
    RequiredCase(version: "2.5.0", expected: base + ["eks_cluster_version"]),
    RequiredCase(version: "3.4.2", expected: base + ["eks_cluster_version"]),
    RequiredCase(version: "4.0.0", expected: base + ["eks_cluster_version", "license"]),
    RequiredCase(version: "6.1.0", expected: base + ["eks_cluster_version", "license"]),
    RequiredCase(
      version: "8.0.0",
      expected: base + [
        "eks_cluster_version", "license", "kubernetes_legacy_cluster_creator_admin",
      ]),
  ]

  @Test("required inputs by version range", arguments: required)
  func requiredInputs(_ c: RequiredCase) throws {
    let resolution = try CatalogFixture.catalog().resolve(
      source: Self.aws, constraint: "= \(c.version)")
    let inputs = try #require(resolution.requiredInputs)
    #expect(Set(inputs) == Set(c.expected))
  }

  @Test("2.8.0 takes required inputs from its interface")
  func requiredFromInterface() throws {
    let resolution = try CatalogFixture.catalog().resolve(source: Self.aws, constraint: "~> 2.0")
    #expect(resolution.requiredInputsNote == nil)
    #expect(
      resolution.requiredInputs == [
        "namespace", "zone_id", "domain_name", "allowed_inbound_cidr", "allowed_inbound_ipv6_cidr",
        "eks_cluster_version",
      ])
  }

  /// Every release's required inputs come from its own variables, including the
  /// minor releases that added some (aws 1.15.6 made the inbound CIDRs required;
  /// 1.16.9 briefly required a Performance Insights key).
  @Test("required inputs of releases between the majors come from their own variables")
  func requiredInMinorReleases() throws {
    let catalog = try CatalogFixture.catalog()
    let before = try #require(try catalog.resolve(source: Self.aws, constraint: "= 1.15.5").requiredInputs)
    #expect(before == ["namespace", "zone_id", "domain_name"])
    let after = try #require(try catalog.resolve(source: Self.aws, constraint: "= 1.15.6").requiredInputs)
    #expect(Set(after) == Set(Self.base))
    let brief = try #require(try catalog.resolve(source: Self.aws, constraint: "~> 1.16.0").requiredInputs)
    #expect(brief.contains("database_performance_insights_kms_key_arn"))
    let k8s = try catalog.resolve(source: Self.kubernetes, constraint: "= 1.13.0")
    #expect(k8s.requiredInputsNote == nil)
    #expect(k8s.requiredInputs == ["host", "license", "bucket", "bucket_queue", "database_connection_string"])
  }

  @Test("every release of every module has an interface")
  func everyReleaseRecorded() throws {
    let catalog = try CatalogFixture.catalog()
    for source in catalog.sources {
      let module = try #require(catalog.module(source))
      for release in module.releases {
        #expect(module.interface(for: release) != nil, "\(source) \(release)")
      }
    }
  }

  struct TrapCase: Sendable, CustomTestStringConvertible {
    let source: String
    let version: String
    let argument: String
    let applies: Bool
    var testDescription: String {
      "\(argument) on \(source.split(separator: "/").last ?? "") \(version)"
    }
  }

  static let traps: [TrapCase] = [
    TrapCase(source: aws, version: "2.8.0", argument: "create_elasticache_subnet", applies: true),
    TrapCase(source: aws, version: "8.0.0", argument: "create_elasticache_subnet", applies: true),
    TrapCase(source: aws, version: "2.8.0", argument: "wandb_version", applies: true),
    TrapCase(source: aws, version: "7.18.2", argument: "wandb_image", applies: true),
    TrapCase(source: aws, version: "8.0.0", argument: "wandb_license", applies: true),
    TrapCase(source: aws, version: "2.8.0", argument: "license", applies: true),
    TrapCase(source: aws, version: "3.4.2", argument: "license", applies: true),
    TrapCase(source: aws, version: "4.0.0", argument: "license", applies: false),
    TrapCase(source: aws, version: "6.1.0", argument: "create_bucket", applies: false),
    TrapCase(source: aws, version: "7.0.0", argument: "create_bucket", applies: true),
    TrapCase(source: aws, version: "4.24.0", argument: "kubernetes_node_count", applies: false),
    TrapCase(source: aws, version: "5.0.0", argument: "kubernetes_node_count", applies: true),
    TrapCase(source: aws, version: "5.0.0", argument: "enable_dummy_dns", applies: true),
    TrapCase(source: aws, version: "8.0.0", argument: "enable_operator_alb", applies: true),
    TrapCase(source: aws, version: "4.24.0", argument: "enable_operator_alb", applies: false),
    TrapCase(source: aws, version: "7.18.2", argument: "kubernetes_map_accounts", applies: false),
    TrapCase(source: aws, version: "8.0.0", argument: "kubernetes_map_accounts", applies: true),
    TrapCase(source: aws, version: "8.0.0", argument: "namespace", applies: false),
    TrapCase(source: kubernetes, version: "1.14.1", argument: "wandb_version", applies: false),
    TrapCase(source: kubernetes, version: "1.14.1", argument: "wandb_license", applies: true),
  ]

  @Test("traps apply to the right releases", arguments: traps)
  func trapRanges(_ c: TrapCase) throws {
    let resolution = try CatalogFixture.catalog().resolve(
      source: c.source, constraint: "= \(c.version)")
    #expect(!resolution.traps(for: c.argument).isEmpty == c.applies)
  }

  @Test("trap messages and conditions")
  func trapMessages() throws {
    let catalog = try CatalogFixture.catalog()
    let v8 = try catalog.resolve(source: Self.aws, constraint: "~> 8.0")
    let subnet = try #require(v8.traps(for: "create_elasticache_subnet").first)
    #expect(subnet.message == "not an input of any release; use create_elasticache")
    #expect(subnet.versions == nil)
    #expect(subnet.isTriggered(valueIsEmpty: nil))
    let version = try #require(v8.traps(for: "wandb_version").first)
    #expect(version.message.contains("W&B System Console"))
    let license = try #require(v8.traps(for: "wandb_license").first)
    #expect(license.message.contains("`license`"))
    let accounts = try #require(v8.traps(for: "kubernetes_map_accounts").first)
    #expect(accounts.condition == .nonEmpty)
    #expect(accounts.isTriggered(valueIsEmpty: false))
    #expect(!accounts.isTriggered(valueIsEmpty: true))
    #expect(!accounts.isTriggered(valueIsEmpty: nil))
    let v2 = try catalog.resolve(source: Self.aws, constraint: "~> 2.0")
    #expect(try #require(v2.traps(for: "license").first).message.contains("kubernetes module"))
    let bucket = try catalog.resolve(source: Self.aws, constraint: "~> 7.0").traps(
      for: "create_bucket")
    #expect(bucket.first?.versions?.description == ">= 7.0.0")
  }

  @Test("no present-trap names an input its studied release declares, and every trap can fire")
  func trapsAgreeWithInterfaces() throws {
    let catalog = try CatalogFixture.catalog()
    for source in catalog.sources {
      let module = try #require(catalog.module(source))
      let interfaces = module.interfaces
      for trap in module.traps {
        #expect(
          module.releases.contains(where: trap.applies(to:)), "\(trap.argument) never applies")
        for (version, interface) in interfaces where trap.applies(to: version) {
          let declared = interface.declaresInput(trap.argument)
          #expect(
            declared == (trap.condition == .nonEmpty), "\(source) \(version) \(trap.argument)")
        }
      }
    }
  }

  /// The research notes paraphrase every aws and kubernetes input; of the google
  /// module only the inputs that matter (modules.md section 7), which are the ones
  /// the gcp blueprint writes.
  /// The research notes paraphrased every input of the releases they studied (aws
  /// 2.8.0, 7.18.2, 8.0.0; kubernetes 1.12.0, 1.14.1), and google's inputs that matter.
  @Test("every input of the studied releases has a summary from input_summaries, and google's written ones")
  func summaries() throws {
    let catalog = try CatalogFixture.catalog()
    let google = try #require(try CatalogFixture.module("wandb/wandb/google").interface(for: .v("10.8.2")))
    for name in [
      "namespace", "license", "domain_name", "subdomain", "allowed_inbound_cidrs", "size", "create_redis",
      "use_internal_queue", "deletion_protection", "labels", "gke_machine_type", "database_machine_type",
    ] {
      #expect(google.input(named: name)?.summary.isEmpty == false, "google \(name)")
    }
    let studied = [Self.aws: ["2.8.0", "7.18.2", "8.0.0"], Self.kubernetes: ["1.12.0", "1.14.1"]]
    for (source, versions) in studied {
      let module = try #require(catalog.module(source))
      for version in versions {
        let release = try #require(SemanticVersion(version))
        let interface = try #require(module.interface(for: release))
        for input in interface.inputs {
          #expect(!input.summary.isEmpty, "\(source) \(version) \(input.name)")
        }
      }
    }
    let k8s = try #require(try CatalogFixture.module(Self.kubernetes).interface(for: .v("1.14.1")))
    #expect(k8s.input(named: "wandb_replicas")?.summary == "Replica count of the wandb deployment.")
  }

  @Test("malformed catalogue JSON is reported")
  func malformed() {
    #expect(throws: ModuleCatalogError.self) { try ModuleCatalog(json: Array("{".utf8)) }
    #expect(throws: ModuleCatalogError.unsupportedFormat(3)) {
      try ModuleCatalog(json: Array(#"{"format": 3, "modules": {}}"#.utf8))
    }
    let badVersion = #"{"format": 1, "modules": {"wandb/wandb/aws": {"releases": ["1.0.0", "x"]}}}"#
    do {
      _ = try ModuleCatalog(json: Array(badVersion.utf8))
      Issue.record("expected an error")
    } catch {
      guard case .malformedJSON(let detail) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(detail.contains("releases[1]"))
      #expect(detail.contains(#""x" is not a version number"#))
    }
    let stray =
      #"{"format": 1, "modules": {"wandb/wandb/aws": {"releases": ["1.0.0"], "interfaces": {"2.0.0": {"required_version": "~> 1.0", "providers": {}, "inputs": [], "outputs": []}}}}}"#
    #expect(
      throws: ModuleCatalogError.inconsistentData(
        "wandb/wandb/aws has an interface for 2.0.0, which is not a release")
    ) {
      try ModuleCatalog(json: Array(stray.utf8))
    }
    let minimal = #"{"format": 1, "modules": {"Wandb/Wandb/AWS": {"releases": ["1.0.0"]}}}"#
    #expect((try? ModuleCatalog(json: Array(minimal.utf8)))?.sources == [Self.aws])
  }
}
