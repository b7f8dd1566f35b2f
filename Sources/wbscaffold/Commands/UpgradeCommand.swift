/// Placeholder until the command lands.
enum UpgradeCommand: Command {
  static var spec: CommandSpec { CommandSpec(name: "upgrade", abstract: "(in progress)") }
  static func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode { .failure }
}
