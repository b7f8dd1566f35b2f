/// Placeholder until the command lands.
enum InitCommand: Command {
  static var spec: CommandSpec { CommandSpec(name: "init", abstract: "(in progress)") }
  static func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode { .failure }
}
