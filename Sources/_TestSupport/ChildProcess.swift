import Foundation

/// Runs a program to completion and collects what it printed.
public enum ChildProcess {
  /// The outcome of a run.
  public struct Output {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var stdout: String
    /// Standard error (or both streams, when merged).
    public var stderr: String
  }

  /// Runs `program` (looked up on PATH) with `arguments`.
  ///
  /// - Parameters:
  ///   - mergeOutput: send standard error to the standard output pipe (one ordered text).
  public static func run(
    _ program: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    stdin: String? = nil, mergeOutput: Bool = false
  ) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
    process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let out = Pipe()
    let err = mergeOutput ? out : Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes concurrently-enough: stderr is small in every use here.
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = mergeOutput ? Data() : err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }
}
