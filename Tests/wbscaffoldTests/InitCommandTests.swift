import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// `init` in scripts: flags only, no terminal.
@Suite struct InitCommandTests {
  static let flags = [
    "--non-interactive", "--blueprint", "aws-v2", "--namespace", "wandb", "--domain-name", "example.com", "--subdomain", "wandb",
    "--zone-id", "Z0123456789ABCDEFGHIJ", "--region", "us-east-1", "--allowed-cidr", "0.0.0.0/0",
    "--allowed-ipv6-cidr", "::/0", "--eks-cluster-version", "1.28", "--wandb-version", "0.58.1",
  ]

  /// The same flags for `blueprint`: the W&B version only where the line sets it.
  static func flags(_ blueprint: String) -> [String] {
    var out = flags
    out[2] = blueprint
    if blueprint != "aws-v2", let i = out.firstIndex(of: "--wandb-version") { out.removeSubrange(i...(i + 1)) }
    return out
  }

  func initRun(_ dir: TemporaryDirectory, _ extra: [String], env: [String: String] = ["WANDB_LICENSE": "LICENSE-0123456789-TEST"])
    -> (ExitCode, ScriptedTerminal)
  {
    let terminal = ScriptedTerminal()
    let code = CLI.run(["init", dir.path] + Self.flags + extra, Context(terminal: terminal, environment: env))
    return (code, terminal)
  }

  @Test func writesTheSameFilesAsTheGoldenCase() throws {
    let dir = try TemporaryDirectory()
    let (code, terminal) = initRun(dir, ["--redis", "--no-sqs"])
    #expect(code == .success, "\(terminal.stderr)")
    let golden = BuiltTool.packageRoot.appendingPathComponent("Tests/BlueprintsTests/Golden/init/aws-v2-redis-nosqs")
    for name in try FileManager.default.contentsOfDirectory(atPath: golden.path) {
      var expected = try String(decoding: Data(contentsOf: golden.appendingPathComponent(name)), as: UTF8.self)
      // The golden secrets file holds a placeholder that init refuses from users.
      expected = expected.replacingOccurrences(of: "LICENSE-PLACEHOLDER", with: "LICENSE-0123456789-TEST")
      #expect(try dir.read(name) == Array(expected.utf8), "\(name)")
    }
    let mode = try FileManager.default.attributesOfItem(atPath: dir.path + "/secrets.auto.tfvars")[.posixPermissions]
    #expect((mode as? Int) == 0o600)
    #expect(!terminal.stdout.contains("LICENSE-0123456789-TEST") && !terminal.stderr.contains("LICENSE-0123456789-TEST"))
    // A second identical run is a no-op.
    let (again, t2) = initRun(dir, ["--redis", "--no-sqs"])
    #expect(again == .success)
    #expect(t2.stdout.contains("identical main.tf"))
  }

  @Test func dryRunWritesNothingAndNeverShowsTheLicense() throws {
    let dir = try TemporaryDirectory()
    let (code, terminal) = initRun(dir, ["--dry-run", "--diff"])
    #expect(code == .success)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    #expect(terminal.stdout.contains("+++ b/main.tf"))
    #expect(terminal.stdout.contains("secrets.auto.tfvars (mode 0600; contents not shown)"))
    #expect(!terminal.stdout.contains("LICENSE-0123456789-TEST"))
  }

  @Test func existingFilesAreNeverOverwrittenWithoutForce() throws {
    let dir = try TemporaryDirectory()
    try dir.write("main.tf", "# my edits\n")
    let (code, terminal) = initRun(dir, [])
    #expect(code == .failure)
    #expect(terminal.stderr.contains("refusing to overwrite 1 existing file"))
    #expect(terminal.stderr.contains("main.tf (differs)"))
    #expect(try dir.read("main.tf") == Array("# my edits\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/variables.tf"), "nothing else was written")
    #expect(initRun(dir, ["--force"]).0 == .success)
    #expect(try dir.read("main.tf") != Array("# my edits\n".utf8))
  }

  @Test func jsonSummaryForScripts() throws {
    let dir = try TemporaryDirectory()
    let (foreign, refused) = initRun(dir, ["--json", "--blueprint", "aws-v8", "--size", "large"])
    #expect(foreign == .usage, "--wandb-version belongs to aws-v2 only")
    #expect(refused.stderr.contains("--wandb-version belongs to aws-v2, not to blueprint aws-v8"))
    let terminal = ScriptedTerminal()
    let code = CLI.run(
      ["init", dir.path] + Self.flags("aws-v8") + ["--json", "--size", "large", "--sqs"],
      Context(terminal: terminal, environment: ["WANDB_LICENSE": "LICENSE-0123456789-TEST"]))
    #expect(code == .success)
    let json = try JSONSerialization.jsonObject(with: Data(terminal.stdout.utf8)) as? [String: Any]
    #expect(json?["blueprint"] as? String == "aws-v8")
    #expect(json?["size"] as? String == "large")
    #expect(json?["sqs"] as? Bool == true)
    #expect((json?["files"] as? [[String: Any]])?.count == 7)
    #expect((json?["warnings"] as? [String])?.contains { $0.hasPrefix("0.0.0.0/0") } == true)
    let versions = json?["versions"] as? [String: String]
    #expect(versions == [
      "module": "~> 8.0", "terraform": ">= 1.9, < 2.0", "awsProvider": "~> 5.95", "kubernetesProvider": "~> 2.23",
      "helmProvider": ">= 2.10, < 3.0.0",
    ])
    #expect(!terminal.stdout.contains("LICENSE-0123456789-TEST"))
  }

  @Test func missingLicenseIsAUsageErrorAndNothingIsWritten() throws {
    let dir = try TemporaryDirectory()
    let (code, terminal) = initRun(dir, [], env: [:])
    #expect(code == .usage)
    #expect(terminal.stderr.contains("--license-file (or WANDB_LICENSE)"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }

  @Test func modulePinsMustMatchAReleaseOnTheBlueprintsLine() throws {
    let (none, t1) = initRun(try TemporaryDirectory(), ["--module-version", "~> 9.0"])
    #expect(none == .usage)
    #expect(t1.stderr.contains("invalid value for '--module-version': no release of wandb/wandb/aws known to wbscaffold matches '~> 9.0'"))
    let (other, t2) = initRun(try TemporaryDirectory(), ["--module-version", "~> 8.0"])
    #expect(other == .usage)
    #expect(t2.stderr.contains("outside blueprint aws-v2's 2.x line; use --blueprint aws-v8"))
    let dir = try TemporaryDirectory()
    #expect(initRun(dir, ["--module-version", "= 2.8.0"]).0 == .success)
    #expect(String(decoding: try dir.read("main.tf"), as: UTF8.self).contains("version = \"2.8.0\""))
  }

  @Test func backendAndSizingFlags() throws {
    let dir = try TemporaryDirectory()
    let (code, terminal) = initRun(
      dir, ["--workload", "weave", "--environment", "prod", "--backend", "s3", "--state-bucket", "acme-state", "--lock-table", "locks"])
    #expect(code == .success, "\(terminal.stderr)")
    let main = String(decoding: try dir.read("main.tf"), as: UTF8.self)
    #expect(main.contains("kubernetes_instance_types = [\"r6i.4xlarge\"]"))
    #expect(main.contains("database_instance_class   = \"db.r6g.2xlarge\""))
    #expect(String(decoding: try dir.read("versions.tf"), as: UTF8.self).contains("dynamodb_table = \"locks\""))
    for (flag, value) in [
      ("--state-bucket", "Bad_Bucket"), ("--state-key", "/abs"), ("--lock-table", "bad table!"),
      ("--node-instance-type", "huge"), ("--database-instance-class", "r6g.large"),
    ] {
      let extra = flag == "--state-bucket" ? [flag, value] : ["--state-bucket", "b-1", flag, value]
      let (code, t) = initRun(try TemporaryDirectory(), extra)
      #expect(code == .usage)
      #expect(t.stderr.hasPrefix("Error: invalid value for '\(flag)': '\(value)'"), "\(t.stderr)")
    }
    #expect(initRun(try TemporaryDirectory(), ["--lock-table", "locks"]).0 == .usage)
  }
}

/// An S3 lock file (`use_lockfile`) needs Terraform 1.10: the default pin is
/// raised, and an explicit pin that allows older releases is warned about.
@Suite struct LockFileTerraformPinTests {
  func run(_ extra: [String]) throws -> (ExitCode, ScriptedTerminal, String) {
    let dir = try TemporaryDirectory()
    let terminal = ScriptedTerminal()
    let code = CLI.run(
      ["init", dir.path] + InitCommandTests.flags("aws-v8")
        + ["--eks-cluster-version", "1.33", "--backend", "s3", "--state-bucket", "b-1"] + extra,
      Context(terminal: terminal, environment: ["WANDB_LICENSE": "LICENSE-0123456789-TEST", "NO_COLOR": "1"]))
    let versions = (try? String(contentsOfFile: dir.path + "/versions.tf", encoding: .utf8)) ?? ""
    return (code, terminal, versions)
  }

  @Test func lockFileRaisesTheDefaultPin() throws {
    let (code, t, versions) = try run([])
    #expect(code == .success, "\(t.stderr)")
    #expect(versions.contains("required_version = \">= 1.10, < 2.0\""))
    #expect(versions.contains("use_lockfile = true"))
    #expect(!t.stderr.contains("use_lockfile"))
  }

  @Test func aDynamoDBTableKeepsTheBlueprintPin() throws {
    let (code, t, versions) = try run(["--lock-table", "locks"])
    #expect(code == .success, "\(t.stderr)")
    #expect(versions.contains("required_version = \">= 1.9, < 2.0\""))
  }

  @Test(arguments: [">= 1.9", "1.9.8", ">= 1.9.5, < 2.0", "~> 1.9.0"])
  func anExplicitOlderPinIsWarnedAbout(_ pin: String) throws {
    let (code, t, versions) = try run(["--terraform-version", pin])
    #expect(code == .success, "\(t.stderr)")
    #expect(versions.contains("required_version = \"\(pin)\""))
    #expect(t.stderr.contains("warning: the state backend locks with use_lockfile, which needs Terraform 1.10"))
  }

  @Test func aPinFromTenOnIsNotWarnedAbout() throws {
    let (code, t, _) = try run(["--terraform-version", "~> 1.10"])
    #expect(code == .success, "\(t.stderr)")
    #expect(!t.stderr.contains("use_lockfile"))
  }
}

/// Terraform and provider pins must leave a version the blueprint's modules accept.
@Suite struct ProviderPinTests {
  @Test(arguments: [
    ("aws-v2", "--aws-provider-version", "~> 5.0"), ("aws-v8", "--aws-provider-version", "~> 4.0"),
    ("aws-v8", "--helm-provider-version", ">= 3.0"), ("aws-v2", "--kubernetes-provider-version", "~> 3.0"),
    ("aws-v8", "--terraform-version", "< 1.5"),
  ])
  func pinsOutsideTheModulesRequirementsAreUsageErrors(_ c: (String, String, String)) throws {
    let dir = try TemporaryDirectory()
    let terminal = ScriptedTerminal()
    let code = CLI.run(
      ["init", dir.path + "/out"] + InitCommandTests.flags(c.0) + [c.1, c.2],
      Context(terminal: terminal, environment: ["WANDB_LICENSE": "LICENSE-0123456789-TEST"]))
    #expect(code == .usage)
    #expect(terminal.stderr.contains("invalid value for '\(c.1)': '\(c.2)' leaves no"))
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/out"))
  }

  @Test func aNarrowerPinInsideTheRequirementIsAccepted() throws {
    let dir = try TemporaryDirectory()
    let terminal = ScriptedTerminal()
    let code = CLI.run(
      ["init", dir.path] + InitCommandTests.flags("aws-v8")
        + ["--aws-provider-version", "~> 5.100", "--helm-provider-version", "~> 2.17"],
      Context(terminal: terminal, environment: ["WANDB_LICENSE": "LICENSE-0123456789-TEST"]))
    #expect(code == .success, "\(terminal.stderr)")
  }
}

/// Terraform reads every .tf file of the directory: generated files must not
/// clash with the user's own, while the user's own problems are not init's.
@Suite struct ForeignFilesTests {
  @Test func aClashWithAnotherFileWritesNothing() throws {
    let dir = try TemporaryDirectory()
    try dir.write("providers.tf", "provider \"aws\" {\n  region = \"us-east-1\"\n}\n")
    let terminal = ScriptedTerminal()
    let code = CLI.run(
      ["init", dir.path] + InitCommandTests.flags, Context(terminal: terminal, environment: ["WANDB_LICENSE": "LICENSE-0123456789-TEST"]))
    #expect(code == .failure)
    #expect(terminal.stderr.contains("versions.tf:") && terminal.stderr.contains("provider \"aws\" is declared more than once"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["providers.tf"])
  }

  @Test func unrelatedFilesAndTheirOwnProblemsDoNotBlock() throws {
    let dir = try TemporaryDirectory()
    try dir.write("extra.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = var.undeclared\n}\n")
    let terminal = ScriptedTerminal()
    let code = CLI.run(
      ["init", dir.path] + InitCommandTests.flags, Context(terminal: terminal, environment: ["WANDB_LICENSE": "LICENSE-0123456789-TEST"]))
    #expect(code == .success, "\(terminal.stderr)")
  }
}

/// Re-rendering a directory onto another module line is not a migration: say so.
@Suite struct LineSwitchTests {
  @Test func switchingBlueprintsInAnExistingDirectoryWarns() throws {
    let dir = try TemporaryDirectory()
    let env = ["WANDB_LICENSE": "LICENSE-0123456789-TEST"]
    #expect(CLI.run(["init", dir.path] + InitCommandTests.flags, Context(terminal: ScriptedTerminal(), environment: env)) == .success)
    let terminal = ScriptedTerminal()
    let code = CLI.run(
      ["init", dir.path, "--dry-run"] + InitCommandTests.flags("aws-v8"),
      Context(terminal: terminal, environment: env))
    #expect(code == .success, "a dry run reports what would conflict without an error exit")
    #expect(terminal.stdout.contains("conflict  main.tf"))
    #expect(terminal.stderr.contains("warning: main.tf here calls wandb/wandb/aws 2.8.0 (~> 2.0); blueprint aws-v8 is the 8.x line"))
    // The deployment warnings are shown with the conflicts too.
    #expect(terminal.stderr.contains("warning: 0.0.0.0/0 in allowed_inbound_cidr"))
    // Same line: no such warning.
    let again = ScriptedTerminal()
    _ = CLI.run(["init", dir.path, "--dry-run"] + InitCommandTests.flags, Context(terminal: again, environment: env))
    #expect(!again.stderr.contains("main.tf here calls"))
  }
}

/// Re-running init starts from what the directory holds; --example needs no answers.
@Suite struct RerunAndExampleTests {
  func cli(_ args: [String]) -> (ExitCode, ScriptedTerminal) {
    let terminal = ScriptedTerminal()
    let code = CLI.run(args, Context(terminal: terminal, environment: ["WANDB_LICENSE": "LICENSE-0123456789-TEST", "NO_COLOR": "1"]))
    return (code, terminal)
  }

  @Test func aRerunKeepsTheLineTheBackendAndTheToggles() throws {
    let dir = try TemporaryDirectory()
    let first = InitCommandTests.flags("aws-v2") + ["--no-redis", "--sqs", "--state-bucket", "acme-state", "--lock-table", "locks"]
    #expect(cli(["init", dir.path] + first).0 == .success)
    // No --blueprint, no backend or toggle flags: everything comes back from the files.
    let (code, t) = cli(["init", dir.path, "--non-interactive", "--dry-run"])
    #expect(code == .success, "\(t.stderr)")
    #expect(!t.stdout.contains("conflict"), "a bare re-run reproduces the files:\n\(t.stdout)")
    #expect(t.stdout.contains("identical versions.tf") && t.stdout.contains("identical main.tf"))
  }

  /// The sizing leaves only its effect in main.tf; the README's regenerate command
  /// brings back the workload, environment and machine types behind it.
  @Test(arguments: [
    InitCommandTests.flags("aws-v8") + ["--workload", "models", "--environment", "dev", "--database-instance-class", "db.r6g.xlarge"],
    GoogleFlags.google + ["--workload", "weave", "--environment", "dev", "--node-machine-type", "e2-standard-8", "--no-pubsub", "--state-bucket", "acme-state", "--dns-zone", "example-com"],
    // A size chosen over the workload's preset stays chosen.
    GoogleFlags.google + ["--size", "medium", "--workload", "both", "--environment", "prod"],
  ])
  func aRerunKeepsTheSizing(_ first: [String]) throws {
    let dir = try TemporaryDirectory()
    #expect(cli(["init", dir.path] + first).0 == .success)
    let (code, t) = cli(["init", dir.path, "--non-interactive", "--dry-run"])
    #expect(code == .success, "\(t.stderr)")
    #expect(!t.stdout.contains("conflict"), "a bare re-run reproduces the files:\n\(t.stdout)")
    // Without its README the directory still keeps line, backend and toggles, but not the sizing.
    try FileManager.default.removeItem(atPath: dir.path + "/README.md")
    let (_, bare) = cli(["init", dir.path, "--non-interactive", "--dry-run"])
    #expect(bare.stdout.contains("conflict  main.tf") && bare.stdout.contains("identical versions.tf"), "\(bare.stdout)")
  }

  @Test func aPinTheFilesHoldIsBlamedOnTheFiles() throws {
    let dir = try TemporaryDirectory()
    #expect(cli(["init", dir.path] + GoogleFlags.google).0 == .success)
    var versions = String(decoding: try dir.read("versions.tf"), as: UTF8.self)
    versions = versions.replacingOccurrences(of: "version = \"~> 5.30\"", with: "version = \"~> 6.0\"")
    try dir.write("versions.tf", versions)
    let (code, t) = cli(["init", dir.path, "--non-interactive", "--dry-run"])
    #expect(code == .usage)
    #expect(t.stderr.contains("the existing files pin the google provider (give --google-provider-version to choose another): '~> 6.0'"))
    #expect(cli(["init", dir.path, "--non-interactive", "--dry-run", "--google-provider-version", "~> 5.40", "--google-beta-provider-version", "~> 5.40"]).0 == .success)
  }

  @Test func googleValuesAreCheckedWithTheirFix() {
    let (code, t) = cli(
      ["init", "/nonexistent-dir"] + GoogleFlags.google.map { $0 == "acme-ml-prod" ? "123456789012" : $0 }
        + ["--zone", "europe-west4-a", "--state-bucket", "gs://acme-state", "--dns-zone", "example.com"])
    #expect(code == .usage)
    #expect(t.stderr.contains("'123456789012' looks like a project number"))
    #expect(t.stderr.contains("must be the bucket name without 'gs://': 'acme-state'"))
    #expect(t.stderr.contains("'example.com' is a DNS name; give the managed zone's name"))
    let (zoneCode, zone) = cli(["init", "/nonexistent-dir"] + GoogleFlags.google + ["--zone", "europe-west4-a"])
    #expect(zoneCode == .usage)
    #expect(zone.stderr.contains("zone 'europe-west4-a' is in region europe-west4, not in us-central1: give a zone of us-central1, or --zone '' to leave it unset"))
    #expect(!FileManager.default.fileExists(atPath: "/nonexistent-dir"))
  }

  @Test func anAWSFlagOnGoogleNamesItsLines() {
    let (code, t) = cli(["init", "/nonexistent-dir"] + GoogleFlags.google + ["--zone-id", "Z1", "--sqs"])
    #expect(code == .usage)
    #expect(t.stderr.contains("--zone-id belongs to aws-v8, aws-v2, not to blueprint gcp-v10"))
    #expect(t.stderr.contains("--sqs belongs to aws-v8, aws-v2, not to blueprint gcp-v10"))
  }

  /// Each cloud's section shows a shared flag in that cloud's words.
  @Test func helpHasASectionPerCloud() {
    let (code, t) = cli(["init", "--help"])
    #expect(code == .success)
    // Words as help wraps them, one space apart.
    let words = t.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let sections = words.components(separatedBy: "GOOGLE CLOUD OPTIONS (gcp-v10):")
    let aws = sections.first?.components(separatedBy: "AWS OPTIONS (aws-v8, aws-v2):").last ?? ""
    let google = sections.last ?? ""
    #expect(aws.contains("Such as us-east-1. (env: AWS_REGION)"))
    #expect(google.contains("Such as us-central1 or europe-west4. (env: GOOGLE_REGION)"))
    #expect(google.contains("--google-beta-provider-version <constraint>"))
    #expect(google.contains("--backend <kind> Remote state backend. (values: gcs)"))
    #expect(aws.contains("--backend <kind> Remote state backend. (values: s3)"))
    #expect(!google.contains("--zone-id"))
  }

  @Test func forceListsTheHandEditsItDrops() throws {
    let dir = try TemporaryDirectory()
    #expect(cli(["init", dir.path] + InitCommandTests.flags).0 == .success)
    var main = String(decoding: try dir.read("main.tf"), as: UTF8.self)
    main += "\n# keep: our own alarm\nresource \"null_resource\" \"alarm\" {}\n"
    try dir.write("main.tf", main)
    let (code, t) = cli(["init", dir.path, "--force"] + InitCommandTests.flags)
    #expect(code == .success)
    #expect(t.stderr.contains("--force drops 2 lines of main.tf that the new file does not have:"))
    #expect(t.stderr.contains("  - # keep: our own alarm"))
  }

  @Test func aFlagOfAnotherLineNamesItsLine() {
    let (code, t) = cli(["init", "/nonexistent-dir", "--non-interactive", "--blueprint", "aws-v8", "--wandb-version", "0.58.1"])
    #expect(code == .usage)
    #expect(t.stderr.contains("--wandb-version belongs to aws-v2, not to blueprint aws-v8"))
  }

  @Test func exampleWritesACheckedDirectoryWithAPlaceholderLicense() throws {
    let dir = try TemporaryDirectory()
    let terminal = ScriptedTerminal()
    let code = CLI.run(["init", dir.path + "/ex", "--example"], Context(terminal: terminal, environment: [:]))
    #expect(code == .success, "\(terminal.stderr)")
    let secrets = String(decoding: try dir.read("ex/secrets.auto.tfvars"), as: UTF8.self)
    #expect(secrets.contains("REPLACE-WITH-YOUR-WANDB-LICENSE"))
    let tfvars = String(decoding: try dir.read("ex/terraform.tfvars"), as: UTF8.self)
    #expect(tfvars.contains("example.com") && tfvars.contains("198.51.100.0/24"))
    let (checked, t) = cli(["check", dir.path + "/ex"])
    #expect(checked == .success, "\(t.stdout)")
  }
}

/// The shared flags of a Google Cloud run, for the tests of every command.
enum GoogleFlags {
  static let google = [
    "--non-interactive", "--blueprint", "gcp-v10", "--namespace", "wandb", "--domain-name", "example.com",
    "--subdomain", "wandb", "--project", "acme-ml-prod", "--region", "us-central1", "--allowed-cidr", "203.0.113.0/24",
  ]
}

/// A bucket of one's own: validated as the module validates it, paired with the
/// internal queue, and described in the README.
@Suite struct OwnBucketTests {
  let rerun = RerunAndExampleTests()

  @Test func anExternalQueueWithAnOwnBucketIsRefusedWithTheReason() {
    let (code, t) = rerun.cli(["init", "/nonexistent-dir"] + InitCommandTests.flags("aws-v8") + ["--sqs", "--bucket", "acme-files"])
    #expect(code == .usage)
    #expect(t.stderr.contains("--sqs with the bucket acme-files: the aws module uses the internal queue whenever bucket_name is set"))
    let (google, g) = rerun.cli(["init", "/nonexistent-dir"] + GoogleFlags.google + ["--pubsub", "--bucket", "acme-files"])
    #expect(google == .usage)
    #expect(g.stderr.contains("attaches its Pub/Sub notifications only to the bucket it creates itself"))
  }

  @Test func onGoogleAnOwnBucketTurnsTheDefaultPubSubOff() throws {
    let dir = try TemporaryDirectory()
    let (code, t) = rerun.cli(["init", dir.path] + GoogleFlags.google + ["--bucket", "acme-files"])
    #expect(code == .success, "\(t.stderr)")
    let main = String(decoding: try dir.read("main.tf"), as: UTF8.self)
    #expect(main.contains("use_internal_queue = true") && main.contains("bucket_name = var.bucket_name"))
    let readme = String(decoding: try dir.read("README.md"), as: UTF8.self)
    #expect(readme.contains("allow CORS from `https://wandb.example.com` for the methods `GET`, `PUT` and `HEAD`"))
    #expect(readme.contains("--bucket acme-files"))
    // The bucket comes back from terraform.tfvars on a re-run.
    let (again, a) = rerun.cli(["init", dir.path, "--non-interactive", "--dry-run"])
    #expect(again == .success && !a.stdout.contains("conflict"), "\(a.stdout)")
  }

  @Test func theKMSKeyNeedsABucketAndAKeyARN() {
    let base = ["init", "/nonexistent-dir"] + InitCommandTests.flags("aws-v8")
    let (alone, a) = rerun.cli(base + ["--bucket-kms-key-arn", "arn:aws:kms:us-east-1:123456789012:key/abc"])
    #expect(alone == .usage)
    #expect(a.stderr.contains("--bucket-kms-key-arn needs --bucket"))
    let (alias, b) = rerun.cli(base + ["--bucket", "acme-files", "--bucket-kms-key-arn", "arn:aws:kms:us-east-1:123456789012:alias/wandb"])
    #expect(alias == .usage)
    #expect(b.stderr.contains("the aws module accepts only a key ARN of the aws partition"))
    let (url, c) = rerun.cli(base + ["--bucket", "s3://acme-files/wandb"])
    #expect(url == .usage)
    #expect(c.stderr.contains("give the bucket name alone: 'acme-files'"))
  }
}

/// `check` reads what `terraform init` installed in the directory.
@Suite struct CheckInstalledModulesTests {
  @Test func theManifestInDotTerraformIsRead() throws {
    let dir = try TemporaryDirectory()
    #expect(RerunAndExampleTests().cli(["init", dir.path] + GoogleFlags.google).0 == .success)
    try dir.write(
      ".terraform/modules/modules.json",
      #"{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"wandb","Source":"registry.terraform.io/wandb/wandb/google","Version":"10.5.0","Dir":".terraform/modules/wandb"}]}"#)
    let (code, t) = RerunAndExampleTests().cli(["check", dir.path])
    #expect(code == .success, "\(t.stdout)\(t.stderr)")
    #expect(t.stdout.contains("note: module \"wandb\": checked against wandb/wandb/google 10.5.0, the release installed in .terraform/modules/modules.json"))
  }
}
