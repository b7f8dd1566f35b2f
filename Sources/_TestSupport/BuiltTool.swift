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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "swift", "build", "--product", "wbscaffold", "--package-path", packageRoot.path, "--scratch-path", scratch,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
      try process.run()
      let output = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        return .failure(.init(description: "swift build failed:\n" + String(decoding: output, as: UTF8.self)))
      }
    } catch {
      return .failure(.init(description: "cannot run swift build: \(error)"))
    }
    return .success(scratch + "/debug/wbscaffold")
  }()

  /// Runs the binary with `arguments`, optional standard input, in `directory`.
  public static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                         environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try path.get())
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }
}
