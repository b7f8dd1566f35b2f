import Foundation
import Testing
import _TestSupport

/// `wbscaffold fmt` in place of `terraform fmt`: the built binary and the
/// terraform on this machine run side by side on copies of one fixture, over
/// every combination of -check, -diff, -list=false, -write=false and
/// -recursive, and must agree on the exit status, standard output and the
/// bytes of every file afterwards. Standard error is not compared (the
/// diagnostics are worded differently).
@Suite(.enabled(if: TerraformCLI.shouldRun, Comment(rawValue: SlowTests.skipped)))
struct FmtDropInTests {
  /// Files to start from, the paths to give (relative to the fixture) and standard input.
  struct Fixture: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [String: String]
    var paths: [String]
    var stdin: String? = nil
    var testDescription: String { name }
  }

  /// Files with one of each kind of change, plus ones terraform skips.
  static let mixed = [
    "main.tf": "a=1\nbb = 2\n", "ok.tfvars": "x = 1\n", "no-newline.tf": "d=4", "notes.txt": "x=1\n",
    ".hidden.tf": "h=1\n", "sub/c.tf": "c=3\n", "sub/ok.tf": "c = 3\n",
  ]

  static let fixtures = [
    Fixture(name: "formatted", files: ["a.tf": "a = 1\n", "sub/b.tf": "b = 2\n"], paths: []),
    Fixture(name: "unformatted directory", files: mixed, paths: ["."]),
    Fixture(name: "unformatted, ./ and sub/", files: mixed, paths: ["./", "sub/"]),
    Fixture(name: "single file", files: mixed, paths: ["main.tf"]),
    Fixture(name: "parse error", files: ["bad.tf": "a = \"x\nb=2\n", "u.tf": "u=1\n", "sub/c.tf": "c=3\n"], paths: ["."]),
    Fixture(name: "missing path", files: ["u.tf": "u=1\n", "v.tf": "v=1\n"], paths: ["u.tf", "nope", "v.tf"]),
    Fixture(name: "not a terraform file", files: ["notes.txt": "x=1\n", "u.tf": "u=1\n"], paths: ["notes.txt", "u.tf"]),
    Fixture(name: "stdin unformatted", files: [:], paths: ["-"], stdin: "a=1\nbb = 2"),
    Fixture(name: "stdin formatted", files: [:], paths: ["-"], stdin: "a = 1\n"),
    Fixture(name: "stdin parse error", files: [:], paths: ["-"], stdin: "a = \"x\n"),
  ]

  /// One combination of the five flags.
  struct Flags {
    var check = false, diff = false, recursive = false, list = true, write = true
    /// Spell settings that are the default explicitly, and others in a second form.
    var alternate = false

    init(_ mask: Int) {
      check = mask & 1 != 0
      diff = mask & 2 != 0
      recursive = mask & 4 != 0
      list = mask & 8 == 0
      write = mask & 16 == 0
      alternate = mask.nonzeroBitCount % 2 == 1
    }

    /// As terraform's documentation and scripts spell them.
    var terraform: [String] {
      var out: [String] = []
      if check { out.append(alternate ? "-check=true" : "-check") } else if alternate { out.append("-check=false") }
      if diff { out.append("-diff") }
      if recursive { out.append("-recursive") }
      if !list { out.append(alternate ? "-list=0" : "-list=false") } else if alternate { out.append("-list=true") }
      if !write { out.append("-write=false") } else if alternate { out.append("-write=true") }
      return out
    }

    /// As wbscaffold spells them.
    var own: [String] {
      var out: [String] = []
      if check { out.append("--check") }
      if diff { out.append("--diff") }
      if recursive { out.append(alternate ? "-r" : "--recursive") }
      if !list { out.append("--no-list") } else if alternate { out.append("--list") }
      if !write { out.append("--no-write") } else if alternate { out.append("--write") }
      return out
    }
  }

  /// What a run left behind.
  struct Outcome: Equatable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var files: [String: [UInt8]]

    var description: String {
      "exit \(status), stdout:\n\(stdout)\nfiles:\n"
        + files.sorted { $0.key < $1.key }.map { "  \($0.key): \(String(decoding: $0.value, as: UTF8.self).debugDescription)" }
        .joined(separator: "\n")
    }
  }

  @Test(arguments: fixtures)
  func agreesWithTerraformOnEveryFlagCombination(_ fixture: Fixture) throws {
    for mask in 0..<32 {
      let flags = Flags(mask)
      let expected = try outcome(fixture) { dir in
        try TerraformCLI.run(["fmt"] + flags.terraform + fixture.paths, in: dir, stdin: fixture.stdin)
      }
      for args in [flags.terraform, flags.own] {
        let actual = try outcome(fixture) { dir in
          try BuiltTool.run(["fmt"] + args + fixture.paths, stdin: fixture.stdin, in: dir, environment: ["NO_COLOR": "1"])
        }
        #expect(
          actual == expected,
          "fmt \((args + fixture.paths).joined(separator: " ")):\n--- terraform:\n\(expected)\n--- wbscaffold:\n\(actual)")
      }
    }
  }

  /// Writes the fixture to a fresh directory, runs there, and reads every file back.
  private func outcome(_ fixture: Fixture, _ run: (URL) throws -> ChildProcess.Output) throws -> Outcome {
    let dir = try TemporaryDirectory()
    for (name, text) in fixture.files { try dir.write(name, text) }
    let result = try run(dir.url)
    var files: [String: [UInt8]] = [:]
    for name in fixture.files.keys { files[name] = try dir.read(name) }
    return Outcome(status: result.status, stdout: result.stdout, files: files)
  }
}
