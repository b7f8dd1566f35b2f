import HCL
import Testing

@testable import Scaffold

/// Seeded defects in calls of the W&B modules, resolved against the shipped catalogue.
@Suite("ConfigurationChecker: module calls")
struct ModuleCallCheckTests {
  typealias F = CheckFixture

  /// A `module "wandb_infra"` block with every required input of aws 2.8.0, then `extra` lines.
  static func aws(version: String? = "~> 2.0", source: String = "wandb/wandb/aws", _ extra: String = "") -> String {
    var lines = ["module \"wandb_infra\" {", "  source  = \"\(source)\""]
    if let version { lines.append("  version = \"\(version)\"") }
    lines += [
      "",
      "  namespace                 = \"wandb\"",
      "  domain_name               = \"example.com\"",
      "  zone_id                   = \"Z0123456789\"",
      "  allowed_inbound_cidr      = [\"0.0.0.0/0\"]",
      "  allowed_inbound_ipv6_cidr = [\"::/0\"]",
      "  eks_cluster_version       = \"1.28\"",
    ]
    if !extra.isEmpty { lines.append(extra) }
    return (lines + ["}", ""]).joined(separator: "\n")
  }

  @Test("a complete aws 2.x call is clean")
  func clean() throws {
    #expect(try F.check(["main.tf": Self.aws()]).isEmpty)
  }

  @Test("a version terraform cannot read is an error, and nothing is checked against a release it does not name")
  func versionFromAVariable() throws {
    let main = Self.aws(version: nil).replacingOccurrences(
      of: "  source  = \"wandb/wandb/aws\"\n", with: "  source  = \"wandb/wandb/aws\"\n  version = var.module_version\n")
    let versions = "terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 4.0\"\n    }\n  }\n}\n"
    let findings = try F.check([
      "main.tf": main, "versions.tf": versions,
      "variables.tf": "variable \"module_version\" {\n  type    = string\n  default = \"~> 2.0\"\n}\n",
    ])
    // Only the version itself: no provider conflict with the newest release.
    #expect(F.locations(findings) == ["main.tf:3:13 invalid-module-version"])
    #expect(findings.first?.message.hasSuffix("version must be a literal string; terraform init reads it before any variable has a value (\"Variables not allowed\")") == true)
  }

  @Test("create_elasticache_subnet: not an input, with the trap's hint")
  func createElasticacheSubnet() throws {
    let findings = try F.check(["main.tf": Self.aws("  create_elasticache_subnet = true")])
    #expect(F.locations(findings) == ["main.tf:11:3 unknown-module-argument"])
    let finding = try #require(findings.first)
    #expect(finding.severity == .error)
    #expect(
      finding.message
        == "module \"wandb_infra\": argument \"create_elasticache_subnet\" is not an input of wandb/wandb/aws 2.8.0")
    #expect(finding.hint == "not an input of any release; use create_elasticache")
  }

  @Test("wandb_version on the aws module >= 4")
  func wandbVersionOnOperatorEra() throws {
    let module = Self.aws(
      version: "~> 8.0",
      "  license = \"x\"\n  kubernetes_legacy_cluster_creator_admin = false\n  wandb_version = \"0.58.1\"")
    let findings = try F.check(["main.tf": module])
    #expect(F.locations(findings) == ["main.tf:13:3 unknown-module-argument"])
    #expect(
      findings.first?.message
        == "module \"wandb_infra\": argument \"wandb_version\" is not an input of wandb/wandb/aws 8.0.0")
    #expect(findings.first?.hint?.hasPrefix("not an input of the aws module") == true)
  }

  @Test("a near-miss argument gets a did-you-mean hint")
  func nearMiss() throws {
    let findings = try F.check(["main.tf": Self.aws("  elasticache_node_typ = \"cache.t3.medium\"")])
    #expect(F.locations(findings) == ["main.tf:11:3 unknown-module-argument"])
    #expect(findings.first?.hint == "did you mean \"elasticache_node_type\"?")
  }

  @Test("meta-arguments are not inputs")
  func metaArguments() throws {
    let findings = try F.check([
      "main.tf": Self.aws(
        """
          count      = 1
          providers  = { aws = aws }
          depends_on = []
        """)
    ])
    #expect(findings.isEmpty)
  }

  @Test("a missing required input, at the block header, with the input's summary")
  func missingRequiredInput() throws {
    let module = Self.aws().replacingLine(containing: "eks_cluster_version", with: "")
    let findings = try F.check(["notes.txt": "ignored", "main.tf": "\n" + module])
    #expect(F.locations(findings) == ["main.tf:2:1 missing-module-input"])
    #expect(
      findings.first?.message
        == "module \"wandb_infra\": required input \"eks_cluster_version\" of wandb/wandb/aws 2.8.0 is not set")
    #expect(findings.first?.hint?.hasPrefix("eks_cluster_version: EKS Kubernetes minor version") == true)
  }

  @Test("an unpinned W&B module warns and is checked against the newest release")
  func unpinned() throws {
    let findings = try F.check(["main.tf": Self.aws(version: nil)])
    #expect(
      F.locations(findings) == [
        "main.tf:1:1 missing-module-input", "main.tf:1:1 missing-module-input", "main.tf:1:1 unpinned-module",
      ])
    let warning = try #require(findings.last)
    #expect(warning.severity == .warning)
    #expect(
      warning.message
        == "module \"wandb_infra\": wandb/wandb/aws has no version constraint, so it resolves to the newest release, 8.0.0"
    )
    #expect(warning.hint == "pin it, e.g. version = \"~> 8.0\"")
    #expect(findings.prefix(2).map(\.message).allSatisfy { $0.contains("of wandb/wandb/aws 8.0.0 is not set") })
  }

  /// Every release has an interface now: a release between the majors is checked
  /// like any other, its traps too.
  @Test("a release between the majors is checked against its own interface")
  func everyReleaseChecked() throws {
    let findings = try F.check(["main.tf": Self.aws(version: "3.4.2", "  license = \"x\"\n  not_checked = 1")])
    #expect(F.locations(findings) == ["main.tf:11:3 unknown-module-argument", "main.tf:12:3 unknown-module-argument"])
    #expect(findings[0].hint?.hasPrefix("not an input of the aws module before 4.0") == true)
    let missing = try F.check(["main.tf": Self.aws(version: "= 4.5.0")])
    #expect(F.locations(missing) == ["main.tf:1:1 missing-module-input"])
    #expect(missing.first?.message.contains("required input \"license\" of wandb/wandb/aws 4.5.0") == true)
  }

  @Test("a version constraint that matches nothing, or does not parse")
  func badVersions() throws {
    let unmatched = try F.check(["main.tf": Self.aws(version: "~> 9.0", "  anything = 1")])
    #expect(F.locations(unmatched) == ["main.tf:3:13 invalid-module-version"])
    #expect(unmatched.first?.message.hasPrefix("module \"wandb_infra\": no release of wandb/wandb/aws matches") == true)
    let invalid = try F.check(["main.tf": Self.aws(version: "~> banana")])
    #expect(F.locations(invalid) == ["main.tf:3:13 invalid-module-version"])
  }

  @Test(
    "modules from other sources are skipped silently",
    arguments: [
      "./modules/infra", "git::https://github.com/wandb/terraform-aws-wandb.git?ref=v2.8.0",
      "terraform-aws-modules/vpc/aws", "wandb/wandb/oci", "wandb/wandb/aws//modules/networking",
    ])
  func otherSources(source: String) throws {
    let findings = try F.check(["main.tf": Self.aws(version: nil, source: source, "  create_elasticache_subnet = true")]
    )
    #expect(findings.isEmpty)
  }

  @Test("the registry host prefix and letter case still resolve")
  func registryPrefix() throws {
    let findings = try F.check([
      "main.tf": Self.aws(source: "registry.terraform.io/WandB/wandb/aws", "  create_elasticache_subnet = true")
    ])
    #expect(F.locations(findings) == ["main.tf:11:3 unknown-module-argument"])
  }

  @Test("a constant argument of the wrong type, with the list hint")
  func argumentType() throws {
    let module = Self.aws().replacingLine(
      containing: "allowed_inbound_cidr ", with: "  allowed_inbound_cidr      = \"0.0.0.0/0\"")
    let second = Self.aws()
      .replacingLine(containing: "module", with: "module \"second\" {")
      .replacingLine(containing: "ipv6", with: "  allowed_inbound_ipv6_cidr = null")
    let findings = try F.check(["main.tf": module + "\n" + second])
    #expect(F.locations(findings) == ["main.tf:8:3 module-argument-type", "main.tf:21:3 module-argument-type"])
    #expect(
      findings.map(\.message) == [
        "module \"wandb_infra\": argument allowed_inbound_cidr does not fit type list(string): list of string required",
        "module \"second\": argument allowed_inbound_ipv6_cidr must not be null (the input is declared nullable = false)",
      ])
    #expect(findings.first?.hint == "write it as a list: [\"0.0.0.0/0\"]")
  }

  @Test("a variable whose declared type does not convert to the input's type")
  func variableType() throws {
    let module = Self.aws().replacingLine(
      containing: "allowed_inbound_cidr ", with: "  allowed_inbound_cidr      = var.allowed_inbound_cidr")
    let findings = try F.check([
      "main.tf": module,
      "variables.tf": "variable \"allowed_inbound_cidr\" {\n  type    = string\n  default = \"0.0.0.0/0\"\n}\n",
    ])
    #expect(F.locations(findings) == ["main.tf:8:31 module-argument-type"])
    #expect(
      findings.first?.message
        == "module \"wandb_infra\": argument allowed_inbound_cidr gets var.allowed_inbound_cidr of type string, "
        + "which does not convert to list(string): list of string required")
  }

  @Test("a variable without a type: its tfvars value is checked against the input's type")
  func untypedVariableValue() throws {
    let module = Self.aws().replacingLine(
      containing: "allowed_inbound_cidr ", with: "  allowed_inbound_cidr      = var.allowed_inbound_cidr")
    let files = [
      "main.tf": module,
      "variables.tf": "variable \"allowed_inbound_cidr\" {}\n",
      "terraform.tfvars": "# CIDRs\nallowed_inbound_cidr = \"0.0.0.0/0\"\n",
    ]
    let findings = try F.check(files)
    #expect(F.locations(findings) == ["terraform.tfvars:2:1 module-argument-type"])
    #expect(
      findings.first?.message
        == "tfvars value allowed_inbound_cidr is passed to module \"wandb_infra\" as allowed_inbound_cidr, "
        + "but does not fit its type list(string): list of string required")
    #expect(findings.first?.hint == "write it as a list: [\"0.0.0.0/0\"]")
    var fixed = files
    fixed["terraform.tfvars"] = "allowed_inbound_cidr = [\"0.0.0.0/0\"]\n"
    #expect(try F.check(fixed).isEmpty)
  }

  @Test("kubernetes_map_accounts must be empty on aws 8.x")
  func nonEmptyTrap() throws {
    let base = "  license = \"x\"\n  kubernetes_legacy_cluster_creator_admin = false\n"
    let empty = try F.check(["main.tf": Self.aws(version: "~> 8.0", base + "  kubernetes_map_accounts = []")])
    #expect(empty.isEmpty)
    let set = try F.check([
      "main.tf": Self.aws(version: "~> 8.0", base + "  kubernetes_map_accounts = [\"123456789012\"]")
    ])
    #expect(F.locations(set) == ["main.tf:13:3 module-argument-trap"])
    #expect(
      set.first?.message
        == "module \"wandb_infra\": argument \"kubernetes_map_accounts\" must be empty on wandb/wandb/aws 8.0.0")
  }

  @Test("the kubernetes module: wandb_license hint and its required inputs")
  func kubernetesModule() throws {
    let findings = try F.check([
      "main.tf": """
      module "wandb_app" {
        source  = "wandb/wandb/kubernetes"
        version = "~> 1.0"

        wandb_license              = "x"
        host                       = "https://wandb.example.com"
        bucket                     = "s3://bucket"
        bucket_queue               = "internal://"
        database_connection_string = "mysql://db"
      }

      """
    ])
    #expect(F.locations(findings) == ["main.tf:1:1 missing-module-input", "main.tf:5:3 unknown-module-argument"])
    #expect(
      findings[0].message
        == "module \"wandb_app\": required input \"license\" of wandb/wandb/kubernetes 1.14.1 is not set")
    #expect(findings[1].hint == "the kubernetes module input is `license`")
  }

  @Test("duplicate module names and nested blocks")
  func duplicatesAndBlocks() throws {
    let findings = try F.check([
      "main.tf": Self.aws("  lifecycle {\n    prevent_destroy = true\n  }"),
      "other.tf": "module \"wandb_infra\" {\n  source = \"./x\"\n}\n",
    ])
    #expect(F.locations(findings) == ["main.tf:11:3 block-in-module", "other.tf:1:1 duplicate-module"])
    #expect(findings[1].hint == "first declared at main.tf:1:1")
  }

  @Test("override files are merged into the module block they patch")
  func overrides() throws {
    // A required input set only in an override file is set.
    let base = Self.aws().replacingLine(containing: "eks_cluster_version", with: "")
    let patch = "module \"wandb_infra\" {\n  eks_cluster_version = \"1.28\"\n}\n"
    #expect(try F.check(["main.tf": base, "main_override.tf": patch]).isEmpty)
    #expect(F.locations(try F.check(["main.tf": base])) == ["main.tf:1:1 missing-module-input"])
    // A trap set in an override file is reported there.
    let trap = "module \"wandb_infra\" {\n  create_elasticache_subnet = true\n}\n"
    #expect(F.locations(try F.check(["main.tf": Self.aws(), "override.tf": trap])) == ["override.tf:2:3 unknown-module-argument"])
    // An override's version decides the release every argument is checked against.
    let pin = "module \"wandb_infra\" {\n  version = \"~> 8.0\"\n}\n"
    let found = F.locations(try F.check(["main.tf": Self.aws(), "versions_override.tf": pin]))
    #expect(found.contains("main.tf:1:1 missing-module-input"), "8.0.0 requires license and kubernetes_legacy_cluster_creator_admin")
  }

}

extension String {
  /// This text with the first line containing `needle` replaced (removed when `line` is empty).
  func replacingLine(containing needle: String, with line: String) -> String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let index = lines.firstIndex(where: { $0.contains(needle) }) {
      if line.isEmpty { lines.remove(at: index) } else { lines[index] = line }
    }
    return lines.joined(separator: "\n")
  }
}
