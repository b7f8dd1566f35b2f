import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// `check --format`: choosing a format, and the exit status every format keeps.
@Suite struct CheckFormatCommandTests {
  /// A directory with one error: a misspelt variable reference.
  static func directory() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    try dir.write("c/main.tf", "variable \"region\" {\n  type = string\n}\n\noutput \"region\" {\n  value = var.regoin\n}\n")
    try dir.write("c/terraform.tfvars", "region = \"us-east-1\"\n")
    try dir.write("clean/main.tf", "variable \"region\" {\n  type    = string\n  default = \"us-east-1\"\n}\n\noutput \"region\" {\n  value = var.region\n}\n")
    return dir
  }

  func cli(_ args: [String]) -> (ExitCode, ScriptedTerminal) {
    let terminal = ScriptedTerminal()
    return (CLI.run(args, Context(terminal: terminal, environment: [:])), terminal)
  }

  @Test("an unknown format is a usage error naming the value and every allowed one")
  func unknownFormat() throws {
    let dir = try Self.directory()
    let (code, t) = cli(["check", dir.path + "/c", "--format", "xml"])
    #expect(code == .usage)
    #expect(t.stdout.isEmpty)
    #expect(
      t.stderr.hasPrefix(
        "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json', 'sarif', 'github' or 'junit'."))
  }

  @Test("--json is --format json; with another --format it is a usage error")
  func jsonAlias() throws {
    let dir = try Self.directory()
    let (alias, a) = cli(["check", dir.path + "/c", "--json"])
    let (named, n) = cli(["check", dir.path + "/c", "--format", "json"])
    #expect(alias == .failure && named == .failure)
    #expect(a.stdout == n.stdout && a.stdout.contains("\"rule\" : \"undeclared-variable\""))
    #expect(cli(["check", dir.path + "/c", "--json", "--format=json"]).0 == .failure)
    let (both, b) = cli(["check", dir.path + "/c", "--json", "--format", "sarif"])
    #expect(both == .usage)
    #expect(b.stderr.hasPrefix("Error: --json is the same as --format json; it cannot be combined with --format sarif"))
  }

  @Test("text stays the default", arguments: [[], ["--format", "text"]])
  func textIsTheDefault(_ extra: [String]) throws {
    let dir = try Self.directory()
    let (code, t) = cli(["check", dir.path + "/c", "--no-color"] + extra)
    #expect(code == .failure)
    #expect(t.stdout.contains("\n\(dir.path)/c/main.tf:6:11: error: reference to undeclared variable \"regoin\"\n    hint: did you mean"))
    #expect(t.stdout.hasSuffix("in 2 files.\n"))
  }

  @Test("every format exits 1 with an error and 0 without", arguments: CheckFormat.names)
  func exitStatus(_ format: String) throws {
    let dir = try Self.directory()
    let (failing, f) = cli(["check", dir.path + "/c", "--format", format])
    #expect(failing == .failure, "\(f.stderr)")
    #expect(f.stdout.contains("regoin"))
    let (clean, c) = cli(["check", dir.path + "/clean", "--format", format])
    #expect(clean == .success, "\(c.stdout)")
  }

  @Test("the built binary: annotations on stdout, exit 1")
  func binary() throws {
    let dir = try Self.directory()
    let r = try BuiltTool.run(["check", dir.path + "/c", "--format", "github"])
    #expect(r.status == 1)
    #expect(r.stdout.hasPrefix("::error file="))
    #expect(r.stderr.isEmpty)
  }
}
