import Testing
import _TestSupport

@testable import wbscaffold

/// `wbscaffold upgrade` across majors on a directory `init` wrote for aws 2.x: what
/// the step prints, what it writes, and the exit codes of the options it adds.
@Suite struct UpgradeAcrossMajorsCommandTests {
  let support = UpgradeCommandTests()

  @Test func aStepWritesItsEditsAndNamesEveryRunStillToMake() throws {
    let dir = try support.initialized("aws-v2")
    let (code, t) = support.cli(["upgrade", dir.path, "--module-version", "~> 8.0", "--allow-major"])
    #expect(code == .success, "\(t.stderr)")
    let main = String(decoding: try dir.read("main.tf"), as: UTF8.self)
    #expect(main.contains("version = \"~> 4.24\""))
    #expect(!main.contains("module \"wandb_app\" {"))
    #expect(main.contains("provider \"helm\""))
    #expect(t.stderr.contains("module \"wandb_app\" ran W&B Server 0.58.1 (wandb_version)"))
    let lines = t.stdout.split(separator: "\n").map(String.init)
    #expect(
      Array(lines.suffix(6)) == [
        "Still to do once this is applied (3 more module moves), one run and one apply each:",
        "  wbscaffold upgrade --eks-cluster-version 1.29 \(dir.path)",
        "  wbscaffold upgrade --module-version '~> 8.0' --allow-major \(dir.path)    # to ~> 5.2 (5.2.2)",
        "  wbscaffold upgrade --eks-cluster-version 1.30 \(dir.path)",
        "  wbscaffold upgrade --module-version '~> 8.0' --allow-major \(dir.path)    # to ~> 7.18 (7.18.2)",
        "  wbscaffold upgrade --module-version '~> 8.0' --allow-major \(dir.path)    # to ~> 8.0 (8.0.0)",
      ])
    #expect(lines.contains("  terraform init -upgrade"))
    // The next module step waits for the cluster; the Kubernetes move it names is accepted.
    let (blocked, b) = support.cli(["upgrade", dir.path, "--module-version", "~> 8.0", "--allow-major"])
    #expect(blocked == .failure)
    #expect(b.stderr.contains("hint: on 4.24.0, run `wbscaffold upgrade --eks-cluster-version 1.29` and apply it"))
    let (bumped, _) = support.cli(["upgrade", dir.path, "--eks-cluster-version", "1.29"])
    #expect(bumped == .success)
    let (next, n) = support.cli(["upgrade", dir.path, "--module-version", "~> 8.0", "--allow-major", "--json"])
    #expect(next == .success, "\(n.stderr)")
    // A bot reads each run still to make as arguments to pass, and the stop it makes.
    #expect(n.stdout.contains("\"arguments\" : [\n        \"--eks-cluster-version\",\n        \"1.30\"\n      ]"), "\(n.stdout)")
    #expect(n.stdout.contains("\"moduleVersion\" : \"~> 7.18\",\n      \"release\" : \"7.18.2\""))
    #expect(n.stdout.contains("\"review\" : [\n    \"terraform init -upgrade\""))
  }

  @Test(arguments: [
    (["--input", "license"], "invalid value for '--input': 'license' is not NAME=EXPRESSION"),
    (["--input", "license=\"unterminated"], "invalid value for '--input'"),
    (["--eks-cluster-version", "1.x"], "invalid value for '--eks-cluster-version': '1.x' is not a Kubernetes version"),
    (["--eks-cluster-version", "1.29", "--module-version", "~> 8.0"], "move the module and the Kubernetes version in separate runs"),
  ])
  func badValuesAreUsageErrors(_ c: ([String], String)) throws {
    let dir = try support.initialized("aws-v2")
    let before = try dir.read("main.tf")
    let (code, t) = support.cli(["upgrade", dir.path] + c.0)
    #expect(code == .usage)
    #expect(t.stderr.contains(c.1), "\(t.stderr)")
    #expect(try dir.read("main.tf") == before, "nothing is written")
  }

  static let withoutLicense = UpgradeFixtureTexts.awsWithoutLicense

  @Test func aRequiredInputWithNoSafeValueIsAskedForOnATerminal() throws {
    let dir = try TemporaryDirectory()
    try dir.write("main.tf", Self.withoutLicense)
    try dir.write("variables.tf", "variable \"wandb_license\" {\n  type      = string\n  sensitive = true\n}\n")
    let terminal = ScriptedTerminal(input: ["var.wandb_license"], interactive: true)
    let code = CLI.run(
      ["upgrade", dir.path, "--module-version", "~> 4.0", "--allow-major"], Context(terminal: terminal, environment: ["NO_COLOR": "1"]))
    #expect(code == .success, "\(terminal.stderr)")
    #expect(terminal.prompts.map(\.text) == ["license (an HCL expression, such as var.license or \"...\"): "])
    #expect(terminal.prompts.first?.secret == true, "a license is not echoed")
    #expect(String(decoding: try dir.read("main.tf"), as: UTF8.self).contains("license = var.wandb_license"))
    // In a script the same run is refused, naming the flag.
    try dir.write("main.tf", Self.withoutLicense)
    let (refused, t) = support.cli(["upgrade", dir.path, "--module-version", "~> 4.0", "--allow-major"])
    #expect(refused == .failure)
    #expect(t.stderr.contains("hint: pass --input license=EXPRESSION"))
    // Without --allow-major too, every flag the step needs is named at once.
    let (both, b) = support.cli(["upgrade", dir.path, "--module-version", "~> 4.0"])
    #expect(both == .failure)
    #expect(b.stderr.contains("then pass --allow-major: wbscaffold then makes the edits it can and lists what is left; the first step also needs --input license=EXPRESSION"))
  }

  @Test func aStepThatLeavesErrorsIsNotDoneInJSONToo() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      "main.tf",
      Self.withoutLicense.replacingOccurrences(of: "~> 3.0", with: "~> 4.24").replacingOccurrences(of: "\"1.28\"", with: "\"1.29\"")
        .replacingOccurrences(of: "  eks_cluster_version", with: "  license                   = \"L\"\n  eks_cluster_version")
        + "\noutput \"port\" {\n  value = module.wandb_infra.internal_app_port\n}\n")
    let (code, t) = support.cli(["upgrade", dir.path, "--module-version", "~> 5.0", "--allow-major", "--json"])
    #expect(code == .failure, "the same exit code as without --json")
    #expect(t.stdout.contains("\"status\" : \"notDone\""), "\(t.stdout)")
    #expect(t.stdout.contains("\"written\" : true"))
  }

  @Test func aSkippedKubernetesMinorIsRefusedWithTheSequence() throws {
    let dir = try support.initialized("aws-v2")
    let (code, t) = support.cli(["upgrade", dir.path, "--eks-cluster-version", "1.30"])
    #expect(code == .failure)
    #expect(
      t.stderr.contains(
        "hint: run `wbscaffold upgrade --eks-cluster-version 1.29` and apply it, then 1.30 the same way, one apply each"))
  }
}
