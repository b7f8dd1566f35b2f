import Foundation

/// The `wbscaffold` binary for end-to-end tests.
///
/// `swift test` does not link executables, and a nested `swift build` on the same
/// build directory would wait forever for SwiftPM's lock, so the binary is built
/// once per test process into its own scratch directory (`.build-e2e`).
public enum BuiltTool {
  /// The package root (two levels above this file's folder).
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary's path, building it on first use.
  public static let path: Result<String, TerraformCLI.Failure> = {
    let scratch = packageRoot.appendingPathComponent(".build-e2e").path
    do {
      let build = try ChildProcess.run(
        "swift", ["build", "--product", "wbscaffold", "--package-path", packageRoot.path, "--scratch-path", scratch],
        mergeOutput: true)
      guard build.status == 0 else { return .failure(.init(description: "swift build failed:\n" + build.stdout)) }
    } catch {
      return .failure(.init(description: "cannot run swift build: \(error)"))
    }
    return .success(scratch + "/debug/wbscaffold")
  }()

  /// Runs the binary with `arguments`, optional standard input, in `directory`.
  public static func run(
    _ arguments: [String], stdin: String? = nil, in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> ChildProcess.Output {
    try ChildProcess.run(try path.get(), arguments, in: directory, environment: environment, stdin: stdin)
  }
}
