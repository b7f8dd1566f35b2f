/// What a command runs with: the terminal, the environment and colour choice.
struct Context {
  var terminal: any Terminal
  var environment: [String: String]
  /// `--color` / `--no-color`, when given.
  var colorOverride: Bool? = nil

  /// Styling for a stream, following `NO_COLOR`, `TERM=dumb`, TTY-ness and the override.
  func style(_ stream: OutputStream) -> Style {
    Style.decide(isTerminal: terminal.isTerminal(stream), environment: environment, override: colorOverride)
  }
}

/// A failure already explained to the user; carries the exit code.
struct CommandFailure: Error {
  var code: ExitCode
  var message: String?
}

/// A subcommand: its spec and how to run it.
protocol Command {
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode
}

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The process environment.
func processEnvironment() -> [String: String] { ProcessInfo.processInfo.environment }
