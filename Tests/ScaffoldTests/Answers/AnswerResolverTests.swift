import HCL
import Testing

@testable import Scaffold

/// A minimal blueprint for resolver tests (the real ones live in the Blueprints target).
private struct TestBlueprint: Blueprint {
  let id = "test"
  let cloud = Cloud(id: "test", name: "Test cloud")
  let isCurrent = true
  let summary = "test"
  let moduleSource = "wandb/wandb/test"
  let defaultPins: [PinKey: String] = [.module: "~> 2.0", .provider("test"): "~> 4.0"]
  let moduleRequirements: [PinKey: String] = [.provider("test"): "~> 4.0"]
  let exampleAnswers: [String: [String]] = [:]
  let questions: [Question] = [
    CoreQuestions.namespace(hint: "prefix", maximumLength: 20, reason: "test names are short"),
    CoreQuestions.domainName(hint: "domain"),
    CoreQuestions.subdomainQuestion,
    Question("area", valueName: "area", prompt: "Area", hint: "an area", remembered: [.tfvars("area")]),
    CoreQuestions.allowedCIDR(tfvars: "allowed_cidrs"),
    CoreQuestions.wandbVersionQuestion,
    CoreQuestions.licenseQuestion,
    Question("cache", .toggle, prompt: "Cache?", hint: "a cache", default: ["true"], remembered: [.moduleArgument("create_cache")]),
    Question(
      "queue", .toggle, prompt: "Queue?", hint: "a queue", default: ["false"],
      remembered: [.moduleArgument("use_internal_queue", inverted: true)]),
    Question("store", .choice(["remote"]), prompt: "Store", hint: "state", optional: true, default: [], remembered: [.backendType("remote")]),
    Question(
      "store-bucket", prompt: "Bucket", hint: "bucket", optional: true, default: [],
      remembered: [.backendArgument(type: "remote", name: "bucket")], requiredWhen: ("store", "remote")),
    Question("store-key", prompt: "Key", hint: "key", default: ["state"], isAsked: false, requires: "store-bucket"),
  ]
  func render(_ answers: Answers, pins: [PinKey: String]) -> [PlannedDocument] { [] }
  func describe(_ a: Answers, pins: [PinKey: String]) -> DeploymentSummary {
    DeploymentSummary(
      blueprint: self, answers: a, pins: pins, title: "t", settings: [], backend: nil, remoteStateAdvice: "", warnings: [],
      notes: [], diagram: [], filePurposes: [:])
  }
}

@Suite struct AnswerResolverTests {
  let complete = RawAnswers([
    "namespace": ["wandb"], "domain-name": ["example.com"], "area": ["north"],
    "allowed-cidr": ["10.0.0.0/8,192.168.0.0/16"], "license-file": ["LICENSE0123456789abcdef"],
  ])

  @Test func completeAnswersResolveWithDefaults() throws {
    let r = AnswerResolver.resolve(explicit: complete, blueprint: TestBlueprint())
    let a = try #require(r.answers)
    #expect(a.allowedCIDRs == ["10.0.0.0/8", "192.168.0.0/16"])
    #expect(a.subdomain == nil)
    #expect(a.wandbVersion == "latest")
    #expect(a.size == nil)
    #expect(a.isOn("cache") && !a.isOn("queue"))
    #expect(a.string("store-key") == nil, "a question whose prerequisite has no value does not apply")
  }

  @Test func missingRequiredValuesAreListed() {
    let r = AnswerResolver.resolve(explicit: RawAnswers(["namespace": ["wandb"]]), blueprint: TestBlueprint())
    #expect(r.answers == nil)
    #expect(r.missing.map(\.flag) == ["--domain-name", "--area", "--allowed-cidr", "--license-file"])
  }

  @Test func everyInvalidValueIsReportedWithItsSource() {
    var raw = complete
    raw["namespace"] = "Bad_Name"
    raw.values["allowed-cidr"] = ["10.0.0.1/8", "300.0.0.0/8"]
    let r = AnswerResolver.resolve(
      explicit: raw, sources: ["namespace": "--namespace"], blueprint: TestBlueprint(), pins: [.module: "~> x"])
    #expect(r.problems.map(\.source) == ["--namespace", "--allowed-cidr", "--module-version"])
    #expect(r.problems.first?.description.hasPrefix("invalid value for '--namespace': 'Bad_Name'") == true)
    #expect(r.problems[1].message.contains("10.0.0.0/8") && r.problems[1].message.contains("300.0.0.0/8"))
  }

  @Test func conditionalQuestions() throws {
    var raw = complete
    raw["store-key"] = "k"
    #expect(AnswerResolver.resolve(explicit: raw, blueprint: TestBlueprint()).problems.map(\.message) == ["--store-key needs --store-bucket"])
    raw["store-key"] = nil
    raw["store"] = "remote"
    #expect(AnswerResolver.resolve(explicit: raw, blueprint: TestBlueprint()).missing.map(\.id) == ["store-bucket"])
    raw["store-bucket"] = "b"
    let a = try #require(AnswerResolver.resolve(explicit: raw, blueprint: TestBlueprint()).answers)
    #expect(a.string("store-key") == "state")
  }

  @Test func rememberedFilesFillGapsButFlagsWin() throws {
    let files: [(path: String, bytes: [UInt8])] = [
      ("terraform.tfvars", Array("namespace = \"old\"\narea = \"south\"\nallowed_cidrs = [\"10.0.0.0/8\"]\n".utf8)),
      ("secrets.auto.tfvars", Array("license = \"LICENSEremembered000000\"\n".utf8)),
      ("main.tf", Array("module \"w\" {\n  source             = \"wandb/wandb/test\"\n  version            = \"~> 2.1\"\n  create_cache       = false\n  use_internal_queue = false\n}\n".utf8)),
      ("versions.tf", Array("terraform {\n  required_version = \">= 1.9\"\n  backend \"remote\" {\n    bucket = \"kept\"\n  }\n}\n".utf8)),
    ]
    let remembered = RememberedAnswers(files: files, blueprint: TestBlueprint())
    #expect(remembered.pins == [.module: "~> 2.1", .terraform: ">= 1.9"])
    var explicit = complete
    explicit.values["area"] = nil
    explicit.values["license-file"] = nil
    let a = try #require(
      AnswerResolver.resolve(explicit: explicit, remembered: remembered.answers, blueprint: TestBlueprint()).answers)
    #expect(a.namespace == "wandb")
    #expect(a.string("area") == "south")
    #expect(a.license == "LICENSEremembered000000")
    #expect(!a.isOn("cache") && a.isOn("queue"), "toggles come back from the module call, inverted where they are")
    #expect(a.string("store") == "remote" && a.string("store-bucket") == "kept", "the backend is kept on a re-run")
  }

  @Test("an OpenTofu directory is remembered too, and a .tf its .tofu twin hides is not read")
  func rememberedOpenTofuFiles() {
    let module = { (version: String) in
      Array("module \"w\" {\n  source  = \"wandb/wandb/test\"\n  version = \"\(version)\"\n}\n".utf8)
    }
    let files: [(path: String, bytes: [UInt8])] = [("main.tofu", module("~> 2.1")), ("main.tf", module("~> 1.0"))]
    #expect(RememberedAnswers(files: files, blueprint: TestBlueprint()).pins[.module] == "~> 2.1")
  }
}
