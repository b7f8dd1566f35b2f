import Foundation
import HCL
import Testing
import _TestSupport

/// The built binary in a real pseudo-terminal (tmux): a full wizard run with an
/// invalid answer asked again and the license hidden, and Ctrl-C writing nothing.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun, Comment(rawValue: SlowTests.skipped)))
struct TerminalEndToEndTests {
  func start(_ dir: TemporaryDirectory) throws -> TmuxSession {
    let binary = try BuiltTool.path.get()
    return try TmuxSession("cd \(dir.path) && \(binary) init out; echo EXIT=$?; sleep 60")
  }

  @Test func fullWizardRunInARealTerminal() throws {
    let dir = try TemporaryDirectory()
    let session = try start(dir)
    // The default is the cloud's current line: Enter gets a configuration that can create a cluster.
    try session.waitFor("Cloud [aws]:")
    try session.type("")
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
      ("Create an SQS queue for bucket notifications? [y/N]", ""), ("Your own S3 bucket for W&B files [none]:", ""),
      ("Workload to size for (models, weave, both) [none]:", "weave"),
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

  /// Your own Kubernetes: a URL without a scheme is refused with the one to use;
  /// the MySQL password and the bucket keys are read hidden and never shown.
  @Test func kubernetesWizardRunInARealTerminal() throws {
    let dir = try TemporaryDirectory()
    let session = try start(dir)
    for (prompt, answer) in [
      ("Cloud [aws]:", "kubernetes"), ("Kubernetes namespace for W&B [wandb]:", ""),
      ("kubeconfig file [~/.kube/config]:", ""), ("kubeconfig context [none]:", "prod"), ("W&B URL:", "wandb.example.com"),
    ] {
      try session.waitFor(prompt)
      try session.type(answer)
    }
    try session.waitFor("✗ 'wandb.example.com' has no scheme; the W&B URL is 'https://wandb.example.com'")
    try session.waitFor("W&B URL:", count: 2)
    try session.type("https://wandb.example.com")
    for (prompt, answer) in [
      ("W&B license:", "HIDDEN-LICENSE-10"), ("MySQL 8 host:", "mysql.db.svc"), ("MySQL database [wandb_local]:", ""),
      ("MySQL user [wandb_local]:", ""), ("MySQL password:", "HIDDEN-PASSWORD-10"),
      ("Object store endpoint:", "minio.storage.svc:9000"), ("Does the store serve HTTPS with a trusted certificate? [Y/n]", "n"),
      ("Bucket:", "wandb-files"), ("Bucket access key:", "HIDDEN-ACCESS-10"), ("Bucket secret key:", "HIDDEN-SECRET-10"),
      ("Is the store MinIO? [y/N]", "y"), ("External Redis host [none]:", ""), ("Ingress class [none]:", "nginx"),
      ("TLS secret of the ingress [none]:", ""), ("Is the cluster OpenShift? [y/N]", ""),
      ("Secret suffix for the Terraform state [none]:", "wandb"), ("Write 7 files to out? [Y/n]", "y"),
    ] {
      try session.waitFor(prompt)
      try session.type(answer)
    }
    let screen = try session.waitFor("EXIT=0")
    for secret in ["HIDDEN-LICENSE-10", "HIDDEN-PASSWORD-10", "HIDDEN-ACCESS-10", "HIDDEN-SECRET-10"] {
      #expect(!screen.contains(secret), "\(secret) was echoed")
    }
    #expect(screen.contains("--blueprint k8s-helm --namespace wandb"))
    let main = try String(decoding: dir.read("out/main.tf"), as: UTF8.self)
    #expect(main.contains("source  = \"wandb/wandb/helm\""))
    #expect(main.contains("path      = var.bucket_name"))
    let secrets = try String(decoding: dir.read("out/secrets.auto.tfvars"), as: UTF8.self)
    #expect(secrets.contains("mysql_password    = \"HIDDEN-PASSWORD-10\""))
    let readme = try String(decoding: dir.read("out/README.md"), as: UTF8.self)
    #expect(!readme.contains("HIDDEN-"))
    #expect(readme.contains("mc mb --region=us-east-1 wandb/wandb-files"))
  }

  /// Azure: a display name for the location is refused with the name to use, a
  /// DNS zone asks for its resource group, a state storage account for its own.
  @Test func azureWizardRunInARealTerminal() throws {
    let dir = try TemporaryDirectory()
    let session = try start(dir)
    for (prompt, answer) in [
      ("Cloud [aws]:", "azure"), ("Namespace:", "wandb"), ("Domain name:", "example.com"), ("Subdomain [none]:", "wandb"),
      ("Azure subscription id:", "00000000-1111-2222-3333-444444444444"), ("Azure location:", "East US"),
    ] {
      try session.waitFor(prompt)
      try session.type(answer)
    }
    try session.waitFor("✗ 'East US' is a display name; the location name is 'eastus'")
    try session.waitFor("Azure location:", count: 2)
    try session.type("eastus")
    for (prompt, answer) in [
      ("Allowed IPv4 CIDRs (comma-separated):", "203.0.113.0/24"), ("Deployment size [small]:", ""),
      ("W&B license:", "HIDDEN-LICENSE-9"), ("Create an Azure Cache for Redis? [Y/n]", ""),
      ("Create a Storage queue for blob notifications? [Y/n]", "n"),
      ("Azure DNS zone for the A record [none]:", "example.com"), ("Resource group of the DNS zone:", "dns"),
      ("Workload to size for (models, weave, both) [none]:", "models"), ("Environment (dev, prod):", "dev"),
      ("Storage account for the Terraform state [none]:", "acmetfstate"),
      ("Resource group of the state storage account:", "tfstate"), ("Blob container of the state [tfstate]:", ""),
      ("Write 7 files to out? [Y/n]", "y"),
    ] {
      try session.waitFor(prompt)
      try session.type(answer)
    }
    let screen = try session.waitFor("EXIT=0")
    #expect(!screen.contains("HIDDEN-LICENSE-9"), "the license was echoed")
    #expect(screen.contains("--blueprint azure-v7 --namespace wandb"))
    let main = try String(decoding: dir.read("out/main.tf"), as: UTF8.self)
    #expect(main.contains("source  = \"wandb/wandb/azurerm\""))
    #expect(main.contains("database_version = \"8.0.21\""))
    #expect(main.contains("use_internal_queue = true"))
    #expect(main.contains("kubernetes_instance_type = \"Standard_E2s_v5\""))
    #expect(main.contains("resource \"azurerm_dns_a_record\" \"wandb\""))
    let versions = try String(decoding: dir.read("out/versions.tf"), as: UTF8.self)
    #expect(versions.contains("backend \"azurerm\""))
    #expect(versions.contains("storage_account_name = \"acmetfstate\""))
  }

  /// Google Cloud has one line, so after the cloud the wizard goes straight to its
  /// questions; a GCS bucket makes the remote state, and a re-run keeps line and backend.
  @Test func googleWizardRunInARealTerminal() throws {
    let dir = try TemporaryDirectory()
    let session = try start(dir)
    for (prompt, answer) in [
      ("Cloud [aws]:", "gcp"), ("Namespace:", "wandb"), ("Domain name:", "example.com"), ("Subdomain [none]:", "wandb"),
      ("Google Cloud project id:", "acme-ml-prod"), ("Google Cloud region:", "us-east-1"),
    ] {
      try session.waitFor(prompt)
      try session.type(answer)
    }
    try session.waitFor("✗ 'us-east-1' is written the AWS way; the Google Cloud region is 'us-east1'")
    try session.waitFor("Google Cloud region:", count: 2)
    try session.type("us-east1")
    for (prompt, answer) in [
      ("Google Cloud zone [none]:", "us-east1-c"), ("Allowed IPv4 CIDRs (comma-separated):", "203.0.113.0/24"),
      ("Deployment size [small]:", ""), ("W&B license:", "HIDDEN-LICENSE-8"), ("Create a Memorystore Redis? [Y/n]", ""),
      ("Create a Pub/Sub queue for bucket notifications? [Y/n]", "n"), ("Your own GCS bucket for W&B files [none]:", ""),
      ("Cloud DNS managed zone for the A record [none]:", "example-com"),
      ("Workload to size for (models, weave, both) [none]:", "both"), ("Environment (dev, prod):", "prod"),
      ("GCS bucket for the Terraform state [none]:", "acme-tf-state"), ("Write 7 files to out? [Y/n]", "y"),
    ] {
      try session.waitFor(prompt)
      try session.type(answer)
    }
    let screen = try session.waitFor("EXIT=0")
    #expect(!screen.contains("HIDDEN-LICENSE-8"), "the license was echoed")
    #expect(screen.contains("--blueprint gcp-v10 --namespace wandb"))
    let main = try String(decoding: dir.read("out/main.tf"), as: UTF8.self)
    #expect(main.contains("source  = \"wandb/wandb/google\""))
    #expect(main.contains("use_internal_queue = true"))
    #expect(main.contains("resource \"google_dns_record_set\" \"wandb\""))
    let versions = try String(decoding: dir.read("out/versions.tf"), as: UTF8.self)
    #expect(versions.contains("backend \"gcs\""))
    #expect(versions.contains("zone    = var.zone"))

    // A re-run on a terminal offers the directory's own cloud and keeps the backend.
    let rerun = try TmuxSession(
      "cd \(dir.path) && WANDB_LICENSE=HIDDEN-LICENSE-8 \(try BuiltTool.path.get()) init out --dry-run; echo EXIT=$?; sleep 60")
    try rerun.waitFor("Cloud [gcp]:")
    try rerun.type("")
    for _ in 0..<40 {
      let screen = try rerun.screen()
      if screen.contains("EXIT=") { break }
      try rerun.type("")
      usleep(150_000)
    }
    let after = try rerun.waitFor("EXIT=0")
    #expect(after.contains("identical versions.tf"))
    #expect(after.contains("identical main.tf"))
  }

  @Test(arguments: ["Namespace:", "W&B license:"])
  func controlCWritesNothing(_ stopAt: String) throws {
    let dir = try TemporaryDirectory()
    let session = try start(dir)
    let answers = [
      ("Cloud [aws]:", ""), ("Blueprint (module line) [aws-v8]:", "aws-v2"), ("Namespace:", "wandb"), ("Domain name:", "example.com"),
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
