import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// The wizard driven in-process by a scripted terminal.
@Suite struct WizardTests {
  /// Answers for aws-v2, in the wizard's order; `nil` = end of input.
  static let fullScript: [String?] = [
    "aws",  // cloud (the default is the first cloud)
    "aws-v2",  // blueprint (the default is the current line, aws-v8)
    "wandb",  // namespace
    "example.com",  // domain
    "wandb",  // subdomain
    "Z0123456789ABCDEFGHIJ",  // zone id
    "us-east-1",  // region
    "10.0.0.0/8",  // IPv4
    "",  // IPv6: none
    "",  // EKS API: default 0.0.0.0/0
    "",  // EKS: default
    "0.58.1",  // W&B version
    "LICENSE-SECRET-42",  // license (hidden)
    "",  // redis: default yes
    "y",  // sqs: yes
    "",  // own bucket: none (the module creates one)
    "",  // workload: none (module defaults)
    "",  // state bucket: none (local state)
    "",  // confirm
  ]

  func run(_ script: [String?], _ args: [String], env: [String: String] = ["NO_COLOR": "1"])
    throws -> (ExitCode, ScriptedTerminal, TemporaryDirectory)
  {
    let dir = try TemporaryDirectory()
    let terminal = ScriptedTerminal(input: script, interactive: true)
    let code = CLI.run(["init", dir.path + "/out"] + args, Context(terminal: terminal, environment: env))
    return (code, terminal, dir)
  }

  @Test func fullRunWritesFilesAndPrintsTheEquivalentCommand() throws {
    let (code, terminal, dir) = try run(Self.fullScript, [])
    #expect(code == .success, "\(terminal.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/out").sorted()
    #expect(files == [".gitignore", "README.md", "main.tf", "secrets.auto.tfvars", "terraform.tfvars", "variables.tf", "versions.tf"])
    let main = try String(contentsOfFile: dir.path + "/out/main.tf", encoding: .utf8)
    #expect(main.contains("bucket_queue               = \"sqs://${module.wandb_infra.bucket_queue_name}\""))
    // The license was asked without echo and is printed nowhere.
    #expect(terminal.prompts.filter(\.secret).count == 1)
    #expect(!terminal.stdout.contains("LICENSE-SECRET-42"))
    #expect(!terminal.stderr.contains("LICENSE-SECRET-42"))
    // Summary, confirmation, next steps, and the same run without questions.
    #expect(terminal.stdout.contains("Summary (aws-v2"))
    #expect(terminal.stdout.contains("Write 7 files to"))
    #expect(terminal.stdout.contains("terraform init"))
    #expect(terminal.stdout.contains("wbscaffold init \(dir.path)/out --non-interactive --blueprint aws-v2 --namespace wandb"))
    #expect(terminal.stdout.contains("--sqs"))
    // Defaults are shown in brackets; yes/no questions use [Y/n] and [y/N].
    #expect(terminal.prompts.contains { $0.text.hasPrefix("EKS Kubernetes version [1.28]: ") })
    #expect(terminal.prompts.contains { $0.text.hasPrefix("Create an ElastiCache Redis? [Y/n]") })
    #expect(terminal.prompts.contains { $0.text.hasPrefix("Create an SQS queue for bucket notifications? [y/N]") })
  }

  @Test func invalidAnswersAreExplainedAndAskedAgain() throws {
    var script = Self.fullScript
    script.insert("Not_Valid", at: 2)
    script.insert("10.0.0.1/8", at: 8)
    script.insert("10.0.0.0/8", at: 11)  // EKS API: a private range the public endpoint never sees
    let (code, terminal, _) = try run(script, [])
    #expect(code == .success, "\(terminal.stderr)")
    #expect(terminal.stdout.contains("✗ 'Not_Valid' must be lowercase (try 'not-valid')"))
    #expect(terminal.stdout.contains("✗ '10.0.0.1/8' has host bits set; did you mean '10.0.0.0/8'?"))
    #expect(terminal.prompts.filter { $0.text.hasPrefix("Namespace") }.count == 2)
    #expect(terminal.stdout.contains("✗ '10.0.0.0/8' lies in 10.0.0.0/8, which the internet does not route"))
    #expect(terminal.prompts.filter { $0.text.hasPrefix("EKS API access CIDRs") }.count == 2)
  }

  @Test func flagsAreNotAskedAgain() throws {
    let script: [String?] = ["example.com", "", "Z1", "eu-west-1", "0.0.0.0/0", "::/0", "198.51.100.0/24", "", "latest", "LICENSE-SECRET-4242", "n", "", "", "", "", "y"]
    let (code, terminal, dir) = try run(script, ["--blueprint", "aws-v2", "--namespace", "team"])
    #expect(code == .success, "\(terminal.stderr)")
    #expect(!terminal.prompts.contains { $0.text.hasPrefix("Namespace") || $0.text.hasPrefix("Blueprint") })
    #expect(terminal.stdout.contains("warning: 0.0.0.0/0 in allowed_inbound_cidr"))
    // A narrowed EKS API list is written, repeated in the equivalent command, and not warned about.
    #expect(!terminal.stdout.contains("kubernetes_public_access_cidrs allows 0.0.0.0/0"))
    #expect(terminal.stdout.contains("--eks-api-cidr 198.51.100.0/24"))
    let tfvars = try String(contentsOfFile: dir.path + "/out/terraform.tfvars", encoding: .utf8)
    #expect(tfvars.contains("kubernetes_public_access_cidrs = [\"198.51.100.0/24\"]"))
  }

  @Test func sizingAndStateBackendAreOfferedAndCheckedOnTheSpot() throws {
    var script = Self.fullScript
    let workload = try #require(script.indices.last) - 2
    script.replaceSubrange(
      workload...workload + 1,
      with: ["databases", "both", "staging", "prod", "Not A Bucket", "acme-terraform-state", "", ""])
    let (code, terminal, dir) = try run(script, [])
    #expect(code == .success, "\(terminal.stderr)")
    #expect(terminal.stdout.contains("✗ 'databases' is not one of models, weave, both"))
    #expect(terminal.stdout.contains("✗ 'staging' is not one of dev, prod"))
    #expect(terminal.stdout.contains("✗ 'Not A Bucket' is not an S3 bucket name"))
    #expect(terminal.prompts.contains { $0.text.hasPrefix("DynamoDB table for state locking [none]: ") })
    let main = try String(contentsOfFile: dir.path + "/out/main.tf", encoding: .utf8)
    #expect(main.contains("r6i.4xlarge"), "production sizes for Models and Weave")
    let versions = try String(contentsOfFile: dir.path + "/out/versions.tf", encoding: .utf8)
    #expect(versions.contains("bucket  = \"acme-terraform-state\""))
    #expect(versions.contains("use_lockfile = true"))
    #expect(terminal.stdout.contains("--workload both --environment prod --backend s3 --state-bucket acme-terraform-state"))
    #expect(!terminal.stdout.contains("no remote backend"))
  }

  @Test func backendS3WithoutABucketAsksForItAsRequired() throws {
    var script = Self.fullScript
    let bucket = script.count - 2
    script.replaceSubrange(bucket...bucket, with: ["", "b-1", ""])  // empty refused, then a bucket, no lock table
    let (code, terminal, dir) = try run(script, ["--backend", "s3"])
    #expect(code == .success, "\(terminal.stderr)")
    #expect(terminal.prompts.contains { $0.text.hasPrefix("S3 bucket for the Terraform state: ") })
    #expect(terminal.stdout.contains("✗ a value is required"))
    #expect(try String(contentsOfFile: dir.path + "/out/versions.tf", encoding: .utf8).contains("bucket  = \"b-1\""))
  }

  @Test func sizingAndBackendFlagsAreNotAskedAgain() throws {
    var script = Self.fullScript
    script.removeSubrange(script.count - 3...script.count - 2)
    let (code, terminal, _) = try run(
      script, ["--workload", "models", "--environment", "dev", "--backend", "s3", "--state-bucket", "b-1"])
    #expect(code == .success, "\(terminal.stderr)")
    #expect(!terminal.prompts.contains { $0.text.hasPrefix("Workload") || $0.text.hasPrefix("S3 bucket") })
  }

  @Test(arguments: [1, 5, 10, 15])
  func endOfInputWritesNothing(_ answered: Int) throws {
    let (code, terminal, dir) = try run(Array(Self.fullScript.prefix(answered)), [])
    #expect(code == .failure)
    #expect(terminal.stderr.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/out"))
  }

  @Test func declinedConfirmationWritesNothing() throws {
    var script = Self.fullScript
    script[script.count - 1] = "n"
    let (code, _, dir) = try run(script, [])
    #expect(code == .failure)
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/out"))
  }

  @Test func withoutATerminalNothingIsAsked() throws {
    let dir = try TemporaryDirectory()
    let terminal = ScriptedTerminal(input: ["would hang"], interactive: false)
    let code = CLI.run(["init", dir.path, "--namespace", "wandb"], Context(terminal: terminal, environment: [:]))
    #expect(code == .usage)
    #expect(terminal.prompts.isEmpty)
    #expect(terminal.stderr.contains("Missing required values (no terminal to ask on):"))
    #expect(terminal.stderr.contains("  - --zone-id (or WBSCAFFOLD_ZONE_ID): Route53 hosted zone id"))
    #expect(terminal.stderr.contains("  - --license-file (or WANDB_LICENSE): W&B license"))
  }

  @Test(arguments: [
    (["NO_COLOR": "1"], false), (["TERM": "dumb"], false), ([:], true), (["NO_COLOR": ""], false),
  ])
  func colourOnlyOnATerminalAndNeverWithNoColorOrDumb(_ c: ([String: String], Bool)) throws {
    let (_, terminal, _) = try run(Self.fullScript, [], env: c.0)
    #expect(terminal.stdout.contains("\u{1B}[") == c.1)
  }
}
