import HCL
import Testing

@testable import Scaffold

@Suite("ConfigurationDirectory")
struct ConfigurationDirectoryTests {
  typealias Role = ConfigurationDirectory.Role

  static let roles: [(String, Role?)] = [
    ("main.tf", .configuration),
    ("sub/dir/main.tf", .configuration),
    ("override.tf", .override),
    ("eks_override.tf", .override),
    ("terraform.tfvars", .variableValues),
    ("secrets.auto.tfvars", .variableValues),
    ("prod.tfvars", .optionalValues),
    ("main.tofu", .configuration),
    ("override.tofu", .override),
    ("eks_override.tofu", .override),
    ("main.tofu.json", .json),
    ("main.tf.json", .json),
    ("terraform.tfvars.json", .json),
    ("x.auto.tfvars.json", .json),
    ("prod.tfvars.json", nil),
    (".hidden.tf", nil),
    ("main.tf~", nil),
    ("#main.tf#", nil),
    (".terraform.lock.hcl", nil),
    ("checks.tftest.hcl", nil),
    ("README.md", nil),
  ]

  @Test("which files Terraform reads, and as what", arguments: roles)
  func role(path: String, role: Role?) {
    #expect(ConfigurationDirectory.role(ofFileAt: path) == role)
  }

  /// `upgrade` reads a directory through the same classification as `check`:
  /// a hidden `.tf` file is nobody's configuration, `prod.tfvars` is a -var-file.
  @Test("upgrade classifies every file as check does", arguments: roles)
  func upgradeAgrees(path: String, role: Role?) {
    let expected: UpgradeWorkspace.Role
    switch role {
    case .configuration: expected = .configuration(isOverride: false)
    case .override: expected = .configuration(isOverride: true)
    case .variableValues: expected = .variableValues(isAutoLoaded: true)
    case .optionalValues: expected = .variableValues(isAutoLoaded: false)
    case .json: expected = .json
    case nil: expected = .ignored
    }
    #expect(UpgradeWorkspace.role(of: UpgradeWorkspace.baseName(path)) == expected)
  }

  @Test("configuration files sort by name with overrides last; value files load in Terraform's order")
  func order() {
    let directory = ConfigurationDirectory(
      texts: [
        "z.tf": "", "a.tf": "", "a_override.tf": "", "b.auto.tfvars": "", "a.auto.tfvars": "",
        "terraform.tfvars": "", "main.tf.json": "{}", "notes.txt": "",
      ],
      variableFiles: [(path: "prod.tfvars", text: ""), (path: "dev.tfvars", text: "")])
    #expect(directory.configurationFiles.map(\.path) == ["a.tf", "z.tf", "a_override.tf"])
    #expect(directory.configurationFiles.map(\.role) == [.configuration, .configuration, .override])
    #expect(
      directory.valueFiles.map(\.path) == [
        "terraform.tfvars", "a.auto.tfvars", "b.auto.tfvars", "prod.tfvars", "dev.tfvars",
      ])
    #expect(directory.unsupportedFiles == ["main.tf.json"])
    #expect(directory.allFiles.count == 8)
  }

  @Test("positions are 1-based, count characters, and skip a byte-order mark")
  func positions() throws {
    let file = ConfigurationFile(
      path: "main.tf", role: .configuration, bytes: [0xEF, 0xBB, 0xBF] + Array("x = \"é\"\ny = 1\n".utf8))
    let x = try #require(file.tree.body.attribute(named: "x"))
    let y = try #require(file.tree.body.attribute(named: "y"))
    #expect(file.position(ofToken: x.nameToken) == SourcePosition(line: 1, column: 1))
    #expect(file.position(ofToken: y.nameToken) == SourcePosition(line: 2, column: 1))
    #expect(file.position(ofToken: y.expression.tokens.lowerBound) == SourcePosition(line: 2, column: 5))
    // The closing quote after the two-byte "é" is at column 7.
    let quote = x.expression.tokens.lowerBound
    #expect(file.position(ofToken: quote + 2) == SourcePosition(line: 1, column: 7))
  }

  @Test("a finding renders as path:line:col: severity: message; hint")
  func findingRendering() {
    let finding = Finding(
      .undeclaredTfvarsKey, .error, path: "terraform.tfvars", position: SourcePosition(line: 3, column: 1),
      message: "tfvars key \"regoin\" is not declared by any variable", hint: "did you mean \"region\"?")
    #expect(
      finding.description
        == "terraform.tfvars:3:1: error: tfvars key \"regoin\" is not declared by any variable; did you mean \"region\"?"
    )
    #expect(
      finding.diagnostic.rendered(path: finding.path ?? "")
        == "terraform.tfvars:3:1: error: tfvars key \"regoin\" is not declared by any variable")
    let whole = Finding(.unsupportedFile, .note, path: "a.tf.json", position: nil, message: "m")
    #expect(whole < finding)
    #expect(whole.description == "a.tf.json: note: m")
  }

  @Test(
    "near-miss suggestions",
    arguments: [
      ("regoin", ["region", "zone_id"], "region"),
      ("namespce", ["namespace"], "namespace"),
      ("elasticache_node_typ", ["elasticache_node_type", "create_elasticache"], "elasticache_node_type"),
      ("create_elasticache_subnet", ["create_elasticache"], nil),
      ("z", ["a", "b"], nil),
      ("License", ["license"], "license"),
    ] as [(String, [String], String?)])
  func suggestions(name: String, candidates: [String], expected: String?) {
    #expect(NameSuggestion.closest(to: name, in: candidates) == expected)
  }
}

@Suite struct DuplicateBlockTests {
  @Test func resourcesDataOutputsAndProvidersAreUnique() throws {
    let findings = try CheckFixture.check([
      "a.tf": """
        provider "aws" {
          region = "us-east-1"
        }
        provider "aws" {
          alias  = "dns"
          region = "us-east-1"
        }
        resource "aws_s3_bucket" "b" {}
        data "aws_region" "current" {}
        output "url" {
          value = 1
        }

        """,
      "b.tf": """
        provider "aws" {
          region = "eu-west-1"
        }
        provider "aws" {
          alias = "other"
        }
        resource "aws_s3_bucket" "b" {}
        resource "aws_s3_bucket" "c" {}
        data "aws_region" "current" {}
        output "url" {
          value = 2
        }
        resource "x" {}

        """,
      "b_override.tf": "output \"url\" {\n  value = 3\n}\n",
    ])
    #expect(
      CheckFixture.locations(findings) == [
        "b.tf:1:1 duplicate-block", "b.tf:7:1 duplicate-block", "b.tf:9:1 duplicate-block", "b.tf:10:1 duplicate-block",
      ])
    #expect(findings.first?.message == "provider \"aws\" is declared more than once")
    #expect(findings.first?.hint == "first declared at a.tf:1:1")
  }

  @Test func aSecondRequiredProvidersBlockIsRefused() throws {
    let block = { (name: String) in "terraform {\n  required_providers {\n    \(name) = { source = \"hashicorp/\(name)\" }\n  }\n}\n" }
    let findings = try CheckFixture.check(["a.tf": block("aws"), "b.tf": block("helm")])
    #expect(CheckFixture.locations(findings) == ["b.tf:2:3 duplicate-block"])
    #expect(findings.first?.hint == "move these entries into the first, at a.tf:2:3")
    // An override file may set it again: that is how it patches the first.
    #expect(try CheckFixture.check(["a.tf": block("aws"), "override.tf": block("aws")]).isEmpty)
  }

  @Test func countAndForEachTogetherAreRefused() throws {
    let findings = try CheckFixture.check([
      "main.tf": "module \"m\" {\n  source   = \"./m\"\n  count    = 1\n  for_each = {}\n}\nresource \"r\" \"x\" {\n  count = 1\n}\n"
    ])
    #expect(CheckFixture.locations(findings) == ["main.tf:4:3 count-and-for-each"])
    let overridden = try CheckFixture.check([
      "main.tf": "module \"m\" {\n  source = \"./m\"\n}\n",
      "override.tf": "module \"m\" {\n  count    = 2\n  for_each = {}\n}\n",
    ])
    #expect(CheckFixture.locations(overridden) == ["override.tf:3:3 count-and-for-each"])
    #expect(findings.first?.message == "module \"m\" sets both count and for_each; Terraform allows only one")
  }
}
