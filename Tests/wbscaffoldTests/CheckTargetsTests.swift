import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// Which root modules one `check` run covers: `--recursive`, several paths,
/// files standing for their directory, and the usage errors.
@Suite struct CheckTargetsTests {
  /// envs/prod has an error, envs/dev is clean, modules/x is a root module too;
  /// .terraform/ and hidden directories hold configuration nobody should check.
  static func repository() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    try dir.write("envs/prod/main.tf", "output \"region\" {\n  value = var.regoin\n}\n")
    try dir.write("envs/dev/main.tf", "output \"region\" {\n  value = \"us-east-1\"\n}\n")
    try dir.write("envs/dev/terraform.tfvars", "\n")
    try dir.write("envs/modules/x/main.tofu", "locals {}\n")
    try dir.write("envs/.terraform/modules/m/main.tf", "output \"broken\" {\n  value = var.nothing\n}\n")
    try dir.write("envs/.git/hooks/main.tf", "{\n")
    try dir.write("README.md", "# repo\n")
    return dir
  }

  func cli(_ args: [String]) -> (ExitCode, ScriptedTerminal) {
    let terminal = ScriptedTerminal()
    return (CLI.run(args, Context(terminal: terminal, environment: ["NO_COLOR": "1"])), terminal)
  }

  @Test func recursiveChecksEveryRootModuleAndSkipsTerraformAndHiddenDirectories() throws {
    let dir = try Self.repository()
    #expect(try CheckTargets.rootModules(under: dir.path + "/envs").map { String($0.dropFirst(dir.path.count + 1)) } == [
      "envs/dev", "envs/modules/x", "envs/prod",
    ])
    let (code, t) = cli(["check", "--recursive", dir.path + "/envs"])
    #expect(code == .failure)
    #expect(t.stdout.contains(dir.path + "/envs/prod/main.tf:2:11: error: reference to undeclared variable \"regoin\""), "\(t.stdout)")
    #expect(!t.stdout.contains(".terraform") && !t.stdout.contains("broken"))
    #expect(t.stdout.hasSuffix("1 error, 0 warnings, 0 notes in 4 files.\n"), "\(t.stdout)")
  }

  @Test func filesStandForTheirDirectoriesOnce() throws {
    let dir = try Self.repository()
    let (code, t) = cli(["check", dir.path + "/envs/dev/main.tf", dir.path + "/envs/dev/terraform.tfvars"])
    #expect(code == .success, "\(t.stdout)")
    #expect(t.stdout == "No problems found in 2 files.\n")
  }

  @Test func usageErrors() throws {
    let dir = try Self.repository()
    let (missing, m) = cli(["check", dir.path + "/nope"])
    #expect(missing == .usage)
    #expect(m.stderr.contains("no such file or directory: \(dir.path)/nope"))
    let (empty, e) = cli(["check", dir.path + "/envs"])
    #expect(empty == .usage)
    #expect(e.stderr.contains("has no .tf or .tofu files; give the directory of a root module, or --recursive"))
    try dir.write("generated/main.tf.json", "{}\n")
    let (json, j) = cli(["check", dir.path + "/generated"])
    #expect(json == .usage)
    #expect(j.stderr.contains("has only JSON configuration (.tf.json), which wbscaffold check does not read"))
    try dir.write("docs/notes.md", "# notes\n")
    let (nothing, n) = cli(["check", "-r", dir.path + "/docs"])
    #expect(nothing == .usage, "\(n.stderr)")
    #expect(n.stderr.contains("no Terraform configuration (.tf or .tofu files) in \(dir.path)/docs or below it"))
    try dir.write("extra.tfvars", "x = 1\n")
    let (varFiles, v) = cli(["check", "-r", dir.path + "/envs", "--var-file", dir.path + "/extra.tfvars"])
    #expect(varFiles == .usage)
    #expect(v.stderr.contains("--var-file applies to one root module, and 3 are checked"))
  }

  /// A silenced error does not count: text leaves it out (and says how many were
  /// silenced), JSON lists it with the reason, SARIF marks it suppressed in source.
  @Test func ignoreCommentsAcrossTheFormats() throws {
    let dir = try TemporaryDirectory()
    try dir.write("main.tf", "output \"region\" {\n  # wbscaffold:ignore undeclared-variable set by the CI job\n  value = var.regoin\n}\n")
    let (code, text) = cli(["check", dir.path])
    #expect(code == .success, "\(text.stdout)")
    #expect(text.stdout == "No problems found in 1 file. 1 finding silenced by wbscaffold:ignore comments (see --format json).\n")
    let (_, json) = cli(["check", dir.path, "--format", "json"])
    #expect(json.stdout.contains("\"ignoredBecause\" : \"set by the CI job\""), "\(json.stdout)")
    #expect(json.stdout.contains("\"errors\" : 0"))
    let (_, sarif) = cli(["check", dir.path, "--format", "sarif"])
    #expect(sarif.stdout.contains("\"justification\" : \"set by the CI job\""), "\(sarif.stdout)")
    #expect(sarif.stdout.contains("\"kind\" : \"inSource\""))
  }
}
