import Foundation

/// Runs the `terraform` binary installed on this machine, for differential tests.
///
/// Tests that need it use `.enabled(if: TerraformCLI.shouldRun, SlowTests.skipped)`:
/// they are slow suites (see ``SlowTests``), and where they run a missing terraform
/// is a failure, not a skip.
public enum TerraformCLI {
  /// The path of `terraform`, if found on PATH.
  public static let path: String? = {
    let env = ProcessInfo.processInfo.environment
    for dir in (env["PATH"] ?? "/usr/local/bin:/usr/bin").split(separator: ":") {
      let candidate = "\(dir)/terraform"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  /// Whether terraform-backed tests should run.
  public static var shouldRun: Bool { SlowTests.enabled }

  /// Errors running terraform.
  public struct Failure: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
  }

  /// Runs `terraform args...` in `directory`, returning the exit status and combined output.
  @discardableResult
  public static func run(_ args: [String], in directory: URL) throws -> (status: Int32, output: String) {
    let output = try run(args, in: directory, mergeOutput: true)
    return (output.status, output.stdout)
  }

  /// Runs `terraform args...` in `directory` with `stdin`, keeping standard
  /// output and standard error apart (or merged into `stdout`).
  public static func run(
    _ args: [String], in directory: URL, stdin: String? = nil, mergeOutput: Bool = false
  ) throws -> ChildProcess.Output {
    guard let path else { throw Failure(description: "terraform is not on PATH but CI=true requires it") }
    return try ChildProcess.run(
      path, args, in: directory, environment: ["TF_CLI_CONFIG_FILE": "/dev/null", "CHECKPOINT_DISABLE": "1"],
      stdin: stdin, mergeOutput: mergeOutput)
  }

  /// Formats each input with `terraform fmt` (file mode, one batch run) and returns
  /// the formatted bytes, or nil for inputs terraform rejects.
  public static func format(_ inputs: [[UInt8]], fileExtension: String = "tf") throws -> [[UInt8]?] {
    let dir = try TemporaryDirectory()
    var names: [String] = []
    for (i, input) in inputs.enumerated() {
      let name = "f\(i).\(fileExtension)"
      try Data(input).write(to: dir.url.appendingPathComponent(name))
      names.append(name)
    }
    // One run for all valid files is fast; terraform stops listing at errors but
    // still formats the valid files, so read every file back afterwards.
    try run(["fmt", "-list=false", "."], in: dir.url)
    var results: [[UInt8]?] = []
    for (i, name) in names.enumerated() {
      let url = dir.url.appendingPathComponent(name)
      let after = try [UInt8](Data(contentsOf: url))
      if after != inputs[i] {
        results.append(after)
      } else {
        // Unchanged: either already formatted or rejected; ask terraform which.
        let check = try run(["fmt", "-check", "-list=false", name], in: dir.url)
        results.append(check.status == 0 ? after : nil)
      }
    }
    return results
  }
}
