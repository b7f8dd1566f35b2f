/// Placeholder until the command lands.
enum CheckCommand: Command {
  static var spec: CommandSpec { CommandSpec(name: "check", abstract: "(in progress)") }
  static func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode { .failure }
}
