import Foundation
import Testing
import _TestSupport

/// The test-support runner must never hang a test run (CI once waited 90 minutes
/// on a `tmux new-session` whose server kept Foundation's exit socket open).
@Suite struct ChildProcessTests {
  @Test func aDaemonLeftBehindDoesNotHoldTheRun() throws {
    let started = Date()
    let r = try ChildProcess.run("/bin/sh", ["-c", "sleep 300 & echo $!; echo done"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.last == "done")
    if let pid = lines.first.flatMap({ Int32($0) }) { kill(pid, SIGKILL) }
    #expect(Date().timeIntervalSince(started) < 60, "waited for the background process")
  }

  @Test func aChildThatNeverEndsIsKilledAtTheDeadline() {
    #expect(throws: TerraformCLI.Failure.self) { try ChildProcess.run("sleep", ["300"], timeout: 1) }
  }

  @Test func inputOutputStatusAndDirectory() throws {
    let dir = try TemporaryDirectory()
    let big = String(repeating: "0123456789abcdef\n", count: 40_000)  // more than a pipe holds
    let r = try ChildProcess.run(
      "/bin/sh", ["-c", "pwd; cat; echo oops >&2; exit 7"], in: dir.url, stdin: big)
    #expect(r.status == 7)
    #expect(r.stdout == dir.url.resolvingSymlinksInPath().path + "\n" + big || r.stdout == dir.url.path + "\n" + big)
    #expect(r.stderr == "oops\n")
    #expect(try ChildProcess.run("/bin/sh", ["-c", "kill -9 $$"]).status == 128 + 9)
  }
}

extension ChildProcessTests {
  @Test func aChildWithItsOutputClosedIsWaitedForWithoutSpinning() throws {
    let r = try ChildProcess.run("/bin/sh", ["-c", "exec >&- 2>&- </dev/null; sleep 1; exit 3"], timeout: 30)
    #expect(r.status == 3)
  }
}
