import HCL
import Testing

@testable import Blueprints
@testable import Scaffold

/// The infrastructure module and the app module must agree on the queue and the cache.
@Suite struct AppWiringCheckTests {
  /// A complete aws 2.x + app configuration; `infra` and `app` are extra lines.
  func directory(infra: String, app: String, tfvars: String = "", version: String = "~> 2.0") -> [String: String] {
    [
      "main.tf": """
        module "wandb_infra" {
          source                    = "wandb/wandb/aws"
          version                   = "\(version)"
          namespace                 = "w"
          domain_name               = "example.com"
          zone_id                   = "Z1"
          allowed_inbound_cidr      = []
          allowed_inbound_ipv6_cidr = []
          eks_cluster_version       = "1.28"
        \(infra)
        }

        module "wandb_app" {
          source                     = "wandb/wandb/kubernetes"
          version                    = "~> 1.0"
          license                    = "l"
          host                       = module.wandb_infra.url
          bucket                     = "s3://${module.wandb_infra.bucket_name}"
          database_connection_string = "mysql://${module.wandb_infra.database_connection_string}"
        \(app)
        }

        """,
      "variables.tf": "variable \"internal\" {\n  type = bool\n}\noutput \"x\" {\n  value = var.internal\n}\n",
      "terraform.tfvars": tfvars.isEmpty ? "internal = true\n" : tfvars,
    ]
  }

  func rules(_ files: [String: String]) throws -> [String] {
    AWSCheckFixture.locations(try AWSCheckFixture.check(files).filter { [Finding.Rule.unusedQueue, .queueMismatch, .unusedElastiCache, .cacheMismatch].contains($0.rule) })
  }

  @Test func theGuidesRecommendedWiringWastesAQueueAndACache() throws {
    let found = try rules(directory(infra: "", app: "  bucket_queue = \"internal://\""))
    #expect(found == ["main.tf:1:1 unused-elasticache", "main.tf:1:1 unused-sqs-queue"])
  }

  @Test func matchingSettingsAreClean() throws {
    let redis = "  redis_connection_string = \"redis://${module.wandb_infra.elasticache_connection_string}?tls=true\""
    #expect(try rules(directory(infra: "  use_internal_queue = true", app: "  bucket_queue = \"internal://\"\n" + redis)).isEmpty)
    #expect(
      try rules(
        directory(
          infra: "  use_internal_queue = false\n  create_elasticache = false",
          app: "  bucket_queue = \"sqs://${module.wandb_infra.bucket_queue_name}\"")
      ).isEmpty)
  }

  @Test func anSQSQueueThatIsNotCreatedFailsThePlan() throws {
    let found = try rules(
      directory(
        infra: "  use_internal_queue = var.internal\n  create_elasticache = false",
        app: "  bucket_queue = \"sqs://${module.wandb_infra.bucket_queue_name}\""))
    #expect(found == ["main.tf:21:3 queue-mismatch"])
  }

  @Test func valuesBehindVariablesAreFollowedAndUnknownOnesIgnored() throws {
    let app = "  bucket_queue = \"internal://\""
    let infra = "  use_internal_queue = var.internal\n  create_elasticache = false"
    #expect(try rules(directory(infra: infra, app: app, tfvars: "internal = false\n")) == ["main.tf:10:3 unused-sqs-queue"])
    #expect(try rules(directory(infra: infra, app: app, tfvars: "internal = true\n")).isEmpty)
    #expect(try rules(directory(infra: "  use_internal_queue = !var.internal\n  create_elasticache = false", app: app)).isEmpty)
  }

  @Test func theOperatorLineIsNotPaired() throws {
    #expect(try rules(directory(infra: "", app: "  bucket_queue = \"internal://\"", version: "~> 8.0")).isEmpty)
  }

  @Test func aCacheThatIsNotCreatedFailsThePlan() throws {
    let found = try rules(
      directory(
        infra: "  use_internal_queue = true\n  create_elasticache = false",
        app: "  bucket_queue = \"internal://\"\n  redis_connection_string = \"redis://${module.wandb_infra.elasticache_connection_string}?tls=true\""))
    #expect(found == ["main.tf:22:3 cache-mismatch"])
  }

  @Test func aGuardedUseOfTheCacheIsNotReported() throws {
    let guarded = "  redis_connection_string = var.internal ? \"redis://${module.wandb_infra.elasticache_connection_string}\" : \"\""
    #expect(
      try rules(directory(infra: "  use_internal_queue = true\n  create_elasticache = false", app: "  bucket_queue = \"internal://\"\n" + guarded))
        .isEmpty)
  }

  @Test func overrideFilesAreMergedBeforePairing() throws {
    var files = directory(infra: "  use_internal_queue = true", app: "  bucket_queue = \"internal://\"")
    // The cache is switched off in an override file, while the app still reads it there.
    files["wiring_override.tf"] = """
      module "wandb_infra" {
        create_elasticache = false
      }

      module "wandb_app" {
        redis_connection_string = "redis://${module.wandb_infra.elasticache_connection_string}"
      }

      """
    #expect(try rules(files) == ["wiring_override.tf:6:3 cache-mismatch"])
  }
}

/// Runs the checker with the AWS lines' rules on small in-memory directories.
enum AWSCheckFixture {
  static func check(_ files: [String: String]) throws -> [Finding] {
    ConfigurationChecker.check(
      ConfigurationDirectory(texts: files), catalog: BlueprintCatalog.modules, environment: [:],
      rules: BlueprintCatalog.checkRules)
  }

  /// `path:line:col rule` for each finding.
  static func locations(_ findings: [Finding]) -> [String] {
    findings.map { finding in
      let position = finding.position.map { ":\($0.line):\($0.column)" } ?? ""
      return "\(finding.path ?? "")\(position) \(finding.rule.rawValue)"
    }
  }

  /// A complete aws module call pinned to `version`, with `extra` lines.
  static func aws(version: String = "~> 2.0", _ extra: String = "") -> String {
    var lines = [
      "module \"wandb_infra\" {", "  source  = \"wandb/wandb/aws\"", "  version = \"\(version)\"", "",
      "  namespace                 = \"wandb\"", "  domain_name               = \"example.com\"",
      "  zone_id                   = \"Z0123456789\"", "  allowed_inbound_cidr      = [\"0.0.0.0/0\"]",
      "  allowed_inbound_ipv6_cidr = [\"::/0\"]", "  eks_cluster_version       = \"1.28\"",
    ]
    if !extra.isEmpty { lines.append(extra) }
    return (lines + ["}", ""]).joined(separator: "\n")
  }
}

/// The aws module's values and majors, as the AWS lines record them.
@Suite struct AWSRuleTests {
  typealias F = AWSCheckFixture
  static func aws(version: String = "~> 2.0", _ extra: String = "") -> String { F.aws(version: version, extra) }

  @Test("eks_cluster_version and size values the module rejects or changes")
  func wandbValues() throws {
    let number = Self.aws().replacingLine(containing: "eks_cluster_version", with: "  eks_cluster_version = 1.30")
    var findings = try F.check(["main.tf": number])
    #expect(F.locations(findings) == ["main.tf:10:25 module-argument-value"])
    #expect(findings.first?.message == "module \"wandb_infra\": eks_cluster_version is the number 1.30, which Terraform converts to the string \"1.3\"")
    #expect(findings.first?.hint == "quote it: \"1.30\"")
    // 1.29 survives the conversion unchanged.
    #expect(try F.check(["main.tf": Self.aws().replacingLine(containing: "eks_cluster_version", with: "  eks_cluster_version = 1.29")]).isEmpty)
    // Behind a variable, the tfvars value is reported.
    let viaVariable = Self.aws().replacingLine(containing: "eks_cluster_version", with: "  eks_cluster_version = var.eks")
    findings = try F.check([
      "main.tf": viaVariable, "variables.tf": "variable \"eks\" {\n  type = string\n}\n", "terraform.tfvars": "eks = 1.30\n",
    ])
    #expect(F.locations(findings) == ["terraform.tfvars:1:7 module-argument-value"])
    let malformed = Self.aws().replacingLine(containing: "eks_cluster_version", with: "  eks_cluster_version = \"1.5\"")
    #expect(F.locations(try F.check(["main.tf": malformed])) == ["main.tf:10:25 module-argument-value"])

    let base = "  license = \"x\"\n  kubernetes_legacy_cluster_creator_admin = false\n"
    let size = try F.check(["main.tf": Self.aws(version: "~> 8.0", base + "  size = \"Large\"")])
    #expect(F.locations(size) == ["main.tf:13:10 module-argument-value"])
    #expect(size.first?.hint == "did you mean \"large\"?")
    #expect(try F.check(["main.tf": Self.aws(version: "~> 8.0", base + "  size = \"xlarge\"")]).isEmpty)
  }

  @Test("major notes cover every boundary crossed, in order")
  func majorNotes() throws {
    let up = MajorUpgradeNotes.crossing("wandb/wandb/aws", from: try SemanticVersion(parsing: "2.8.0"), to: try SemanticVersion(parsing: "5.0.0"), known: AWSUpgradeNotes.majors)
    #expect(up.map(\.major) == [3, 4, 5])
    let down = MajorUpgradeNotes.crossing("wandb/wandb/aws", from: try SemanticVersion(parsing: "8.0.0"), to: try SemanticVersion(parsing: "6.1.0"), known: AWSUpgradeNotes.majors)
    #expect(down.map(\.major) == [8, 7])
    #expect(MajorUpgradeNotes.crossing("wandb/wandb/aws", from: try SemanticVersion(parsing: "2.0.0"), to: try SemanticVersion(parsing: "2.8.0"), known: AWSUpgradeNotes.majors).isEmpty)
    #expect(MajorUpgradeNotes.note("wandb/wandb/kubernetes", major: 2, known: AWSUpgradeNotes.majors).title.contains("not recorded"))
    #expect(AWSUpgradeNotes.majors.map(\.major) == Array(2...8))
  }
}

extension String {
  /// This text with the first line containing `needle` replaced.
  func replacingLine(containing needle: String, with line: String) -> String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let index = lines.firstIndex(where: { $0.contains(needle) }) { lines[index] = line }
    return lines.joined(separator: "\n")
  }
}
