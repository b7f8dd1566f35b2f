import Foundation
import HCL
import Testing
import _TestSupport

/// The built binary in a real pseudo-terminal (tmux): a full wizard run with an
/// invalid answer asked again and the license hidden, and Ctrl-C writing nothing.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun, "tmux is not installed; set CI=true to require it"))
struct TerminalEndToEndTests {
  func start(_ dir: TemporaryDirectory) throws -> TmuxSession {
    let binary = try BuiltTool.path.get()
    return try TmuxSession("cd \(dir.path) && \(binary) init out; echo EXIT=$?; sleep 60")
  }

  @Test func fullWizardRunInARealTerminal() throws {
    let dir = try TemporaryDirectory()
    let session = try start(dir)
    // The default is the cloud's current line: Enter gets a configuration that can create a cluster.
    try session.waitFor("Blueprint (module line) [aws-v8]:")
    try session.type("")
    try session.waitFor("Namespace:")
    try session.type("Bad Name")
    try session.waitFor("✗ 'Bad Name' must be lowercase")
    try session.waitFor("Namespace:", count: 2)
    try session.type("wandb")
    for (prompt, answer) in [
      ("Domain name:", "example.com"), ("Subdomain [none]:", "wandb"),
      ("Route53 hosted zone id:", "Z0123456789ABCDEFGHIJ"), ("AWS region:", "us-east-1"),
      ("Allowed IPv4 CIDRs (comma-separated):", "10.0.0.0/8"), ("Allowed IPv6 CIDRs (comma-separated) [none]:", ""),
      ("EKS API access CIDRs (comma-separated) [0.0.0.0/0]:", ""),
      ("EKS Kubernetes version [1.35]:", ""), ("Deployment size [small]:", "medium"),
      ("W&B license:", "HIDDEN-LICENSE-7"), ("Create an ElastiCache Redis? [Y/n]", "n"),
      ("Create an SQS queue for bucket notifications? [y/N]", ""), ("Workload to size for (models, weave, both) [none]:", "weave"),
      ("Environment (dev, prod):", "dev"), ("S3 bucket for the Terraform state [none]:", ""),
      ("Write 7 files to out? [Y/n]", "y"),
    ] {
      try session.waitFor(prompt)
      try session.type(answer)
    }
    let screen = try session.waitFor("EXIT=0")
    #expect(!screen.contains("HIDDEN-LICENSE-7"), "the license was echoed")
    #expect(screen.contains("wbscaffold init out --non-interactive --blueprint aws-v8 --namespace wandb"))
    let tfvars = SyntaxTree(try dir.read("out/terraform.tfvars"))
    let size = try #require(tfvars.body.attribute(named: "size"))
    #expect(tfvars.constantValue(of: size.expression) == .string("medium"))
    let secrets = try String(decoding: dir.read("out/secrets.auto.tfvars"), as: UTF8.self)
    #expect(secrets.contains("license = \"HIDDEN-LICENSE-7\""))
    let mode = try FileManager.default.attributesOfItem(atPath: dir.path + "/out/secrets.auto.tfvars")[.posixPermissions]
    #expect((mode as? Int) == 0o600)
  }

  @Test(arguments: ["Namespace:", "W&B license:"])
  func controlCWritesNothing(_ stopAt: String) throws {
    let dir = try TemporaryDirectory()
    let session = try start(dir)
    let answers = [
      ("Blueprint (module line) [aws-v8]:", "aws-v2"), ("Namespace:", "wandb"), ("Domain name:", "example.com"),
      ("Subdomain [none]:", ""), ("Route53 hosted zone id:", "Z1"), ("AWS region:", "us-east-1"),
      ("Allowed IPv4 CIDRs (comma-separated):", "10.0.0.0/8"), ("Allowed IPv6 CIDRs (comma-separated) [none]:", ""),
      ("EKS API access CIDRs (comma-separated) [0.0.0.0/0]:", ""),
      ("EKS Kubernetes version [1.28]:", ""), ("W&B Server version [latest]:", ""),
    ]
    for (prompt, answer) in answers {
      try session.waitFor(prompt)
      if prompt == stopAt { break }
      try session.type(answer)
    }
    if stopAt == "W&B license:" {
      try session.waitFor(stopAt)
      try session.type("half-typed", enter: false)
    }
    try session.key("C-c")
    let screen = try session.waitFor("EXIT=130")
    #expect(!screen.contains("half-typed"), "hidden input was echoed")
    #expect(screen.contains("Interrupted: nothing was written."))
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/out"))
    // Echo is back on after an interrupted hidden prompt: typed text shows again.
    try session.type("visible-again", enter: false)
    try session.waitFor("visible-again")
  }
}
