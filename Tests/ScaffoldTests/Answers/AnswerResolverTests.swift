import HCL
import Testing

@testable import Scaffold

/// A minimal blueprint for resolver tests (the real ones live in the Blueprints target).
private struct TestBlueprint: Blueprint {
  let id = "test"
  let summary = "test"
  let moduleSource = "wandb/wandb/aws"
  let uses: Set<AnswerField> = [.wandbVersion]
  let defaultPins: [PinKey: String] = [.module: "~> 2.0", .provider("aws"): "~> 4.0"]
  let moduleRequirements: [PinKey: String] = [.provider("aws"): "~> 4.0"]
  let defaultEKSVersion = "1.28"
  let supportedEKSVersions = 25...28
  func render(_ answers: Answers, pins: [PinKey: String]) -> [PlannedDocument] { [] }
}

@Suite struct AnswerResolverTests {
  let complete = RawAnswers([
    .namespace: ["wandb"], .domainName: ["example.com"], .zoneID: ["Z123"], .region: ["us-east-1"],
    .allowedCIDR: ["10.0.0.0/8,192.168.0.0/16"], .license: ["abc"],
  ])

  @Test func completeAnswersResolveWithDefaults() throws {
    let r = AnswerResolver.resolve(explicit: complete, blueprint: TestBlueprint())
    let a = try #require(r.answers)
    #expect(a.allowedCIDRs == ["10.0.0.0/8", "192.168.0.0/16"])
    #expect(a.allowedIPv6CIDRs == [])
    #expect(a.eksAPICIDRs == ["0.0.0.0/0"])
    #expect(a.eksClusterVersion == "1.28")
    #expect(a.wandbVersion == "latest")
    #expect(a.size == nil)
    #expect(a.redis && !a.sqs)
  }

  @Test func missingRequiredValuesAreListed() {
    let r = AnswerResolver.resolve(explicit: RawAnswers([.namespace: ["wandb"]]), blueprint: TestBlueprint())
    #expect(r.answers == nil)
    #expect(r.missing.map(\.flag) == ["--domain-name", "--zone-id", "--region", "--allowed-cidr", "--license-file"])
  }

  @Test func invalidValuesNameTheirSource() {
    var raw = complete
    raw[.namespace] = "Bad_Name"
    let r = AnswerResolver.resolve(
      explicit: raw, sources: [.namespace: "--namespace"], blueprint: TestBlueprint(), pins: [.module: "~> x"])
    #expect(r.problems.map(\.source) == ["--namespace", "--module-version"])
    #expect(r.problems.first?.description.hasPrefix("invalid value for '--namespace': 'Bad_Name'") == true)
  }

  @Test func rememberedTfvarsFillGapsButFlagsWin() throws {
    let tfvars = Array(
      "namespace = \"old\"\nregion = \"eu-west-1\"\nallowed_inbound_cidr = [\"10.0.0.0/8\"]\nkubernetes_public_access_cidrs = [\"203.0.113.0/24\"]\n".utf8)
    let remembered = AnswerResolver.remembered(tfvars: tfvars, secrets: Array("license = \"s3cret\"\n".utf8))
    var explicit = complete
    explicit.values[.region] = nil
    explicit.values[.license] = nil
    let a = try #require(AnswerResolver.resolve(explicit: explicit, remembered: remembered, blueprint: TestBlueprint()).answers)
    #expect(a.namespace == "wandb")
    #expect(a.region == "eu-west-1")
    #expect(a.license == "s3cret")
    #expect(a.eksAPICIDRs == ["203.0.113.0/24"], "a narrowed EKS API list is kept on a re-run")
  }
}
