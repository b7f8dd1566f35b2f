import Testing

@testable import Scaffold

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("ModuleCatalog")
struct ModuleCatalogTests {
  static let aws = "wandb/wandb/aws"
  static let kubernetes = "wandb/wandb/kubernetes"

  @Test("loads the shipped catalogue with its modules and every release")
  func loads() throws {
    let catalog = try CatalogFixture.catalog()
    #expect(catalog.sources == [Self.aws, "wandb/wandb/azurerm", "wandb/wandb/google", "wandb/wandb/helm", Self.kubernetes])
    let aws = try #require(catalog.releases(of: Self.aws))
    #expect(aws.count == 180)
    #expect(aws.first == SemanticVersion(1, 0, 0))
    #expect(aws.last == SemanticVersion(8, 0, 0))
    #expect(aws == aws.sorted())
    let kubernetes = try #require(catalog.releases(of: Self.kubernetes))
    #expect(kubernetes.count == 27)
    #expect(kubernetes.last == SemanticVersion(1, 14, 1))
    let google = try #require(catalog.releases(of: "wandb/wandb/google"))
    #expect(google.count == 165)
    #expect(google.last == SemanticVersion(10, 8, 2))
    // Pre-release tags are releases terraform takes only on an exact pin.
    let azure = try #require(catalog.releases(of: "wandb/wandb/azurerm"))
    #expect(azure.contains(try .v("7.9.0-cw0")))
    #expect(try catalog.resolve(source: "wandb/wandb/azurerm", constraint: "~> 7.0").release == SemanticVersion(7, 9, 2))
    #expect(catalog.releases(of: "wandb/wandb/oci") == nil)
  }

  /// The counts the research notes give for the releases they studied, read here
  /// from the generator's output: two independent readings of the same tags.
  @Test("records the interfaces the research notes studied, as they counted them")
  func studiedInterfaces() throws {
    let aws = try CatalogFixture.module(Self.aws)
    #expect(aws.studiedReleases.count == 180)
    let k8s = try CatalogFixture.module(Self.kubernetes)
    #expect(k8s.studiedReleases.count == 27)
    let counts = try [
      (aws.interface(for: .v("2.8.0")), 48, 15), (aws.interface(for: .v("7.18.2")), 101, 26),
      (aws.interface(for: .v("8.0.0")), 104, 28), (k8s.interface(for: .v("1.12.0")), 38, 1),
      (k8s.interface(for: .v("1.14.1")), 43, 1),
    ]
    for (interface, inputs, outputs) in counts {
      let interface = try #require(interface)
      #expect(interface.inputs.count == inputs)
      #expect(interface.outputs.count == outputs)
    }
  }

  @Test("aws 8.0.0 interface details")
  func aws800() throws {
    let interface = try #require(try CatalogFixture.module(Self.aws).interface(for: .v("8.0.0")))
    #expect(interface.requiredVersion.description == "~> 1.9")
    #expect(interface.requiredVersion.satisfiedBy(try .v("1.14.5")))
    #expect(
      interface.providers["aws"]
        == ProviderRequirement(
          source: "hashicorp/aws", version: try VersionConstraint("~> 5.95", dialect: .provider)))
    let helm = try #require(interface.providers["helm"])
    #expect(helm.version.dialect == .provider)
    #expect(helm.version.satisfiedBy(try .v("2.17.0")))
    #expect(!helm.version.satisfiedBy(try .v("3.0.0")))
    let size = try #require(interface.input(named: "size"))
    #expect(size.defaultHCL == "\"small\"")
    #expect(!size.isRequired)
    #expect(!size.summary.isEmpty)
    let cidr = try #require(interface.input(named: "allowed_inbound_cidr"))
    #expect(
      cidr.isRequired && cidr.defaultHCL == nil && cidr.nullable == false && !cidr.acceptsNull)
    #expect(cidr.type == "list(string)")
    #expect(interface.input(named: "namespace")?.acceptsNull == true)
    #expect(interface.output(named: "wandb_spec")?.isSensitive == true)
    #expect(interface.output(named: "database_password")?.isSensitive == true)
    #expect(interface.output(named: "database_connection_string")?.isSensitive == false)
    #expect(interface.output(named: "cluster_name") != nil)
    #expect(interface.output(named: "cluster_id") == nil)
    #expect(!interface.declaresInput("create_bucket"))
    #expect(!interface.declaresInput("wandb_version"))
  }

  @Test("aws 2.8.0 and kubernetes 1.14.1 interface details")
  func legacyInterfaces() throws {
    let aws = try #require(try CatalogFixture.module(Self.aws).interface(for: .v("2.8.0")))
    #expect(aws.declaresInput("create_bucket"))
    #expect(!aws.declaresInput("license"))
    #expect(aws.output(named: "cluster_id") != nil)
    #expect(aws.providers.keys.sorted() == ["aws", "kubernetes"])
    let k8s = try #require(try CatalogFixture.module(Self.kubernetes).interface(for: .v("1.14.1")))
    #expect(k8s.input(named: "oidc_secret")?.isSensitive == true)
    #expect(k8s.input(named: "wandb_version")?.defaultHCL == "\"latest\"")
    #expect(
      k8s.requiredInputs == [
        "host", "license", "bucket", "bucket_queue", "database_connection_string",
      ])
  }

  struct ResolveCase: Sendable, CustomTestStringConvertible {
    let source: String
    let constraint: String
    let release: String?
    let hasInterface: Bool
    var testDescription: String { "\(source) \"\(constraint)\" → \(release ?? "none")" }
  }

  static let resolutions: [ResolveCase] = [
    ResolveCase(source: aws, constraint: "~> 2.0", release: "2.8.0", hasInterface: true),
    ResolveCase(source: kubernetes, constraint: "~> 1.0", release: "1.14.1", hasInterface: true),
    ResolveCase(source: aws, constraint: "~> 7.0", release: "7.18.2", hasInterface: true),
    ResolveCase(source: aws, constraint: "~> 8.0", release: "8.0.0", hasInterface: true),
    ResolveCase(source: aws, constraint: ">= 2.0, < 3.0", release: "2.8.0", hasInterface: true),
    ResolveCase(source: aws, constraint: "= 2.5.0", release: "2.5.0", hasInterface: true),
    ResolveCase(source: aws, constraint: "~> 9.0", release: nil, hasInterface: false),
    ResolveCase(source: aws, constraint: "~>7.0", release: "7.18.2", hasInterface: true),
    ResolveCase(source: aws, constraint: "~> 3.0", release: "3.4.2", hasInterface: true),
    ResolveCase(source: aws, constraint: "~> 4.23.0", release: "4.23.4", hasInterface: true),
    ResolveCase(source: aws, constraint: "~> 7", release: "8.0.0", hasInterface: true),
    ResolveCase(source: aws, constraint: "2.8.0", release: "2.8.0", hasInterface: true),
    ResolveCase(source: aws, constraint: "= 2.8.1", release: nil, hasInterface: false),
    ResolveCase(source: kubernetes, constraint: "1.12.0", release: "1.12.0", hasInterface: true),
    ResolveCase(
      source: kubernetes, constraint: "~> 1.11.0", release: "1.11.4", hasInterface: true),
  ]

  @Test("resolves constraints against the release list", arguments: resolutions)
  func resolves(_ c: ResolveCase) throws {
    let resolution = try CatalogFixture.catalog().resolve(
      source: c.source, constraint: c.constraint)
    #expect(resolution.release == c.release.flatMap(SemanticVersion.init))
    #expect(resolution.isResolved == (c.release != nil))
    #expect((resolution.interface != nil) == c.hasInterface)
    #expect((resolution.interfaceNote == nil) == c.hasInterface)
    #expect(resolution.source == c.source)
  }

  @Test("explains a release without a recorded interface")
  func unstudiedRelease() throws {
    // A catalogue of format 1 may list releases it records no interface for.
    let json = #"{"format": 1, "modules": {"wandb/wandb/aws": {"releases": ["3.4.2"], "required_inputs": [{"constraint": "= 3.4.2", "inputs": ["namespace"], "source": "a table"}]}}}"#
    let catalog = try ModuleCatalog(json: Array(json.utf8))
    let resolution = try catalog.resolve(source: Self.aws, constraint: "~> 3.0")
    #expect(resolution.interfaceNote == "no interface recorded for aws 3.4.2; arguments not checked")
    #expect(resolution.requiredInputs == ["namespace"])
    #expect(resolution.requiredInputsNote == "required inputs of aws 3.4.2 (a table)")
  }

  @Test("explains a constraint that matches nothing")
  func unresolvable() throws {
    let resolution = try CatalogFixture.catalog().resolve(source: Self.aws, constraint: "~> 9.0")
    #expect(resolution.release == nil)
    #expect(
      resolution.interfaceNote
        == #"no release of wandb/wandb/aws matches "~> 9.0" (the newest release is 8.0.0)"#)
    #expect(resolution.requiredInputs == nil)
    #expect(resolution.traps.isEmpty)
  }

  @Test("accepts the public registry source forms")
  func sourceForms() throws {
    let catalog = try CatalogFixture.catalog()
    for source in [
      "wandb/wandb/aws", "registry.terraform.io/wandb/wandb/aws", "WANDB/Wandb/AWS",
      " Registry.Terraform.io/wandb/wandb/aws ",
    ] {
      let resolution = try catalog.resolve(source: source, constraint: "~> 2.0")
      #expect(resolution.release == SemanticVersion(2, 8, 0), "\(source)")
      #expect(resolution.source == Self.aws)
      #expect(catalog.module(source)?.source == Self.aws)
    }
  }

  @Test("rejects sources that are not public registry addresses")
  func rejectsOtherSources() throws {
    let catalog = try CatalogFixture.catalog()
    for source in [
      "app.terraform.io/wandb/wandb/aws", "../../", "./modules/wandb",
      "git::https://github.com/wandb/terraform-aws-wandb.git?ref=v2.8.0",
      "github.com/wandb/terraform-kubernetes-wandb", "wandb/aws", "", "wandb/wandb/aws//",
    ] {
      #expect(throws: ModuleCatalogError.notARegistrySource(source), "\(source)") {
        try catalog.resolve(source: source, constraint: "~> 2.0")
      }
    }
    #expect(throws: ModuleCatalogError.unknownModule("wandb/wandb/oci")) {
      try catalog.resolve(source: "wandb/wandb/oci", constraint: "~> 1.0")
    }
    #expect(catalog.module("hashicorp/consul/aws") == nil)
  }

  @Test("a submodule resolves its release but has no interface")
  func submodule() throws {
    let source = "wandb/wandb/aws//modules/secure_storage_connector"
    let resolution = try CatalogFixture.catalog().resolve(source: source, constraint: "~> 8.0")
    #expect(resolution.release == SemanticVersion(8))
    #expect(resolution.source == source)
    #expect(resolution.interface == nil)
    #expect(
      resolution.interfaceNote
        == "no interface recorded for submodule //modules/secure_storage_connector of aws 8.0.0; arguments not checked"
    )
    #expect(resolution.requiredInputs == nil)
    #expect(resolution.traps.isEmpty)
  }

  @Test("an invalid constraint string is reported as such")
  func invalidConstraint() throws {
    let catalog = try CatalogFixture.catalog()
    #expect(
      throws: ModuleCatalogError.invalidConstraint(
        VersionConstraintError(
          constraint: "~> 2.x", clause: "~> 2.x",
          reason: #""2.x" is not a version number: component "x" is not a number"#))
    ) {
      try catalog.resolve(source: Self.aws, constraint: "~> 2.x")
    }
    #expect(
      ModuleCatalogError.unknownModule("a/b/c").description == "no module a/b/c in the catalogue")
  }
}
