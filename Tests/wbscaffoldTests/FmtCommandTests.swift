import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

@Suite struct FmtCommandTests {
  func fmt(_ args: [String], stdin: String = "") -> (ExitCode, ScriptedTerminal) {
    let terminal = ScriptedTerminal()
    terminal.standardInput = Array(stdin.utf8)
    let code = CLI.run(["fmt"] + args, Context(terminal: terminal, environment: ["NO_COLOR": "1"]))
    return (code, terminal)
  }

  @Test func standardInputGetsExactlyOneFinalNewline() {
    #expect(fmt(["-"], stdin: "a=1\nbb = 2").1.stdout == "a  = 1\nbb = 2\n")
    #expect(fmt(["-"], stdin: "a = 1\n\n").1.stdout == "a = 1\n\n")
    #expect(fmt(["-"], stdin: "").1.stdout == "\n")
  }

  /// OpenTofu's `.tofu` files are formatted too, as `tofu fmt` does (terraform fmt skips them).
  @Test func formatsOpenTofuFiles() throws {
    let dir = try TemporaryDirectory()
    try dir.write("main.tofu", "a=1\n")
    let (code, terminal) = fmt([dir.path])
    #expect(code == .success)
    #expect(terminal.stdout == dir.path + "/main.tofu\n")
    #expect(try dir.read("main.tofu") == Array("a = 1\n".utf8))
  }

  @Test func rewritesOnlyChangedFilesKeepingPermissions() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.tf", "a=1\n")
    try dir.write("ok.tfvars", "b = 2\n")
    try dir.write("notes.txt", "x=1\n")
    try dir.write(".hidden.tf", "x=1\n")
    try dir.write("backup.tf~", "x=1\n")
    try dir.write("sub/c.tf", "c=3\n")
    chmod(dir.path + "/a.tf", 0o640)
    let before = try FileManager.default.attributesOfItem(atPath: dir.path + "/ok.tfvars")[.modificationDate] as? Date
    let (code, terminal) = fmt([dir.path])
    #expect(code == .success)
    #expect(terminal.stdout == dir.path + "/a.tf\n")
    #expect(try dir.read("a.tf") == Array("a = 1\n".utf8))
    #expect(try dir.read("notes.txt") == Array("x=1\n".utf8))
    #expect(try dir.read(".hidden.tf") == Array("x=1\n".utf8))
    #expect(try dir.read("sub/c.tf") == Array("c=3\n".utf8))
    let attributes = try FileManager.default.attributesOfItem(atPath: dir.path + "/a.tf")
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
    #expect(try FileManager.default.attributesOfItem(atPath: dir.path + "/ok.tfvars")[.modificationDate] as? Date == before)
    // --recursive reaches sub/.
    #expect(fmt(["--recursive", dir.path]).1.stdout == dir.path + "/sub/c.tf\n")
  }

  @Test func recursionDoesNotFollowSymlinkedDirectories() throws {
    let dir = try TemporaryDirectory()
    try dir.write("sub/a.tf", "a=1\n")
    try FileManager.default.createSymbolicLink(atPath: dir.path + "/sub/loop", withDestinationPath: dir.path)
    let (code, terminal) = fmt(["--recursive", "--check", dir.path])
    #expect(code == .changesPending)
    #expect(terminal.stdout == dir.path + "/sub/a.tf\n")
  }

  @Test func checkAndDiffWriteNothing() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.tf", "a=1\n")
    let (code, terminal) = fmt(["--check", "--diff", dir.path + "/a.tf"])
    #expect(code == .changesPending)
    #expect(terminal.stdout.contains("-a=1\n+a = 1\n"))
    #expect(try dir.read("a.tf") == Array("a=1\n".utf8))
    #expect(fmt(["--check", dir.path]).0 == .changesPending)
    _ = fmt([dir.path])
    #expect(fmt(["--check", dir.path]).0 == .success)
  }

  @Test func invalidFilesAreReportedAndLeftUntouched() throws {
    let dir = try TemporaryDirectory()
    try dir.write("bad.tf", "a = \"x\nb=2\n")
    try dir.write("good.tf", "a=1\n")
    let (code, terminal) = fmt([dir.path])
    #expect(code == .inputError)
    #expect(terminal.stderr.contains("\(dir.path)/bad.tf:1:7: error: Invalid multi-line string"))
    #expect(try dir.read("bad.tf") == Array("a = \"x\nb=2\n".utf8))
    #expect(try dir.read("good.tf") == Array("a = 1\n".utf8))
  }

  @Test func unsupportedAndMissingPaths() throws {
    let dir = try TemporaryDirectory()
    try dir.write("x.json", "{}")
    try dir.write("a.tf", "a=1\n")
    #expect(fmt([dir.path + "/x.json"]).0 == .inputError)
    let (code, terminal) = fmt([dir.path + "/nope", dir.path + "/a.tf"])
    #expect(code == .inputError)
    #expect(terminal.stderr.contains("no such file or directory"))
    // Like terraform, nothing after a missing path is touched.
    #expect(try dir.read("a.tf") == Array("a=1\n".utf8))
  }

  @Test func terraformSpellingsMeanTheSameAsOurs() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.tf", "a=1\n")
    let file = dir.path + "/a.tf"
    let terraform = fmt(["-check", "-diff", "-list", file]), own = fmt(["--check", "--diff", "--list", file])
    #expect(terraform.0 == .changesPending && own.0 == .changesPending)
    #expect(terraform.1.stdout == own.1.stdout && own.1.stdout.hasPrefix(file + "\n--- old/"))
    #expect(fmt(["-check", "-list=false", file]).1.stdout.isEmpty)
    #expect(fmt(["-check=true", "-list=0", file]).0 == .changesPending)
    #expect(fmt(["-check=false", "-write=false", "-recursive", file]).1.stdout == file + "\n")
    #expect(try dir.read("a.tf") == Array("a=1\n".utf8))
    // Nothing to list, write or diff: the formatted text goes to standard output.
    #expect(fmt(["-write=false", "-list=false", file]).1.stdout == "a = 1\n")
    #expect(fmt(["--no-write", "--no-list", "-no-color", file]).1.stdout == "a = 1\n")
    #expect(try dir.read("a.tf") == Array("a=1\n".utf8))
  }

  @Test func standardInputUnderCheckPrintsNothing() {
    let changed = fmt(["-check", "-diff", "-"], stdin: "a=1\n")
    #expect(changed.0 == .changesPending && changed.1.stdout.isEmpty)
    // Compared as read, before the one final newline of the echo.
    let unchanged = fmt(["-check", "-"], stdin: "a = 1")
    #expect(unchanged.0 == .success && unchanged.1.stdout.isEmpty)
    #expect(fmt(["-diff", "-write=true", "-"], stdin: "a=1\n").1.stdout.hasPrefix("--- old/<stdin>\n+++ new/<stdin>\n"))
  }

  @Test(arguments: [
    // check, diff, list, write, stdin -> list, write, diff, echoes, shows held output
    ([false, false, true, true, false], [true, true, false, false, false]),
    ([true, false, true, true, false], [true, false, false, false, true]),
    ([true, true, false, true, false], [true, false, true, false, false]),
    ([false, false, false, false, false], [false, false, false, true, false]),
    ([false, true, false, false, false], [false, false, true, false, false]),
    ([false, false, true, true, true], [false, false, false, true, false]),
    ([true, false, true, true, true], [true, false, false, false, false]),
  ])
  func modeFollowsTerraform(_ c: ([Bool], [Bool])) {
    let m = FmtMode(check: c.0[0], diff: c.0[1], list: c.0[2], write: c.0[3], standardInput: c.0[4])
    #expect([m.list, m.write, m.diff, m.echoes, m.showsHeldOutput] == c.1)
  }

  @Test func pathsAreCleanedAsGoCleansThem() {
    #expect("./a//b/../c".cleanedPath == "a/c")
    #expect("./".cleanedPath == ".")
    #expect("a/..".cleanedPath == ".")
    #expect("../x/".cleanedPath == "../x")
    #expect("/../x".cleanedPath == "/x")
    #expect("/".cleanedPath == "/")
  }
}
