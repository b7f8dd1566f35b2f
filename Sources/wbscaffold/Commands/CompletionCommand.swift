/// `wbscaffold completion SHELL`: prints a completion script, generated from the
/// command specs that also make `--help`, so a new flag completes as soon as it exists.
enum CompletionCommand: Command {
  static var spec: CommandSpec {
    CommandSpec(
      name: "completion", abstract: "Print a shell completion script (bash, zsh or fish).",
      discussion:
        "bash: `source <(wbscaffold completion bash)` in ~/.bashrc. zsh: `wbscaffold completion zsh > \"${fpath[1]}/_wbscaffold\"`, then start a new shell. fish: `wbscaffold completion fish > ~/.config/fish/completions/wbscaffold.fish`.",
      arguments: [CommandSpec.Argument(valueName: "shell", help: "bash, zsh or fish.", optional: false)])
  }

  static func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    guard let shell = arguments.positionals.first else {
      throw UsageError("Missing the shell: give bash, zsh or fish", spec: spec)
    }
    guard arguments.positionals.count == 1 else {
      throw UsageError("Unexpected argument '\(arguments.positionals[1])'", spec: spec)
    }
    guard let script = ShellCompletion.script(shell, root: CLI.spec) else {
      throw UsageError(
        "The value '\(shell)' is invalid for '<shell>'. Please provide one of \(ShellCompletion.shells.map { "'\($0)'" }.joined(separator: ", ")).",
        spec: spec)
    }
    context.terminal.write(script, to: .stdout)
    return .success
  }
}
