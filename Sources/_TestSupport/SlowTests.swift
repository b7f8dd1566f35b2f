import Foundation

/// The slow end-to-end suites (terraform differentials, the tmux wizard runs, the
/// nested build of the binary) sit apart from the unit tests: they run with `CI=true`,
/// where they must (a missing terraform or tmux is then a failure), or when
/// `WBSCAFFOLD_SLOW_TESTS=1` asks for them; a plain `swift test` skips them and says so.
public enum SlowTests {
  /// Whether the slow suites run in this process.
  public static var enabled: Bool {
    let environment = ProcessInfo.processInfo.environment
    return environment["CI"] == "true" || environment["WBSCAFFOLD_SLOW_TESTS"] == "1"
  }

  /// What a skipped slow suite prints.
  public static let skipped = "an end-to-end suite: it runs with CI=true (as CI does) or WBSCAFFOLD_SLOW_TESTS=1"
}
