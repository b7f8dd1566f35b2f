import Foundation

/// A program running in a real pseudo-terminal under tmux, driven by keystrokes.
public final class TmuxSession: @unchecked Sendable {
  /// Whether tmux is installed.
  public static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

  /// Whether tmux tests should run: they are slow suites (see ``SlowTests``).
  public static var shouldRun: Bool { SlowTests.enabled }

  public let name: String

  /// Starts `command` (a shell command line) in a detached 200x50 session.
  public init(_ command: String) throws {
    name = "wbscaffold-test-\(UUID().uuidString.prefix(8))"
    // The server exits with its last session; a session started while the
    // previous test's server is shutting down finds it gone. Start again then.
    var attempt = 0
    while true {
      do {
        try TmuxSession.tmux(["new-session", "-d", "-s", name, "-x", "200", "-y", "50", command])
        return
      } catch let failure as TerraformCLI.Failure where attempt < 5 && failure.description.contains("server exited") {
        attempt += 1
        Thread.sleep(forTimeInterval: 0.2)
      }
    }
  }

  deinit { _ = try? TmuxSession.tmux(["kill-session", "-t", name]) }

  /// Types `text` and, unless told otherwise, Enter.
  public func type(_ text: String, enter: Bool = true) throws {
    if !text.isEmpty { try TmuxSession.tmux(["send-keys", "-t", name, "-l", text]) }
    if enter { try TmuxSession.tmux(["send-keys", "-t", name, "Enter"]) }
  }

  /// Sends a key such as `C-c`.
  public func key(_ key: String) throws { try TmuxSession.tmux(["send-keys", "-t", name, key]) }

  /// The visible screen plus scrollback, as text.
  public func screen() throws -> String {
    try TmuxSession.tmux(["capture-pane", "-p", "-t", name, "-S", "-200"])
  }

  /// Waits until the screen contains `text` `count` times; throws after `timeout` seconds.
  @discardableResult
  public func waitFor(_ text: String, count: Int = 1, timeout: Double = 20) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let s = try screen()
      if s.components(separatedBy: text).count - 1 >= count { return s }
      if Date() > deadline {
        throw TerraformCLI.Failure(description: "timed out waiting for \(text.debugDescription); screen:\n\(s)")
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  private static let socket = "wbscaffold-tests-\(getpid())"

  @discardableResult
  static func tmux(_ args: [String]) throws -> String {
    // A socket of our own: the tests never touch a developer's tmux sessions, and
    // the server ends with the last session.
    let output = try ChildProcess.run("tmux", ["-L", socket] + args, mergeOutput: true, timeout: 30)
    guard output.status == 0 else {
      throw TerraformCLI.Failure(description: "tmux \(args.joined(separator: " ")) failed: \(output.stdout)")
    }
    return output.stdout
  }
}
