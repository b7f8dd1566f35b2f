/// The `wbscaffold` command: dispatches to subcommands and owns error reporting.
enum CLI {
  static let version = "0.1.0"

  /// The subcommands, in help order (immutable metatypes, so safe to share).
  nonisolated(unsafe) static let commands: [any Command.Type] = [
    InitCommand.self, CheckCommand.self, UpgradeCommand.self, PlanReviewCommand.self, FmtCommand.self,
    CompletionCommand.self,
  ]

  static var spec: CommandSpec {
    CommandSpec(
      name: "wbscaffold", abstract: "Scaffold, check and upgrade Terraform configuration for W&B Server.",
      options: [CommandSpec.Option(name: "version", kind: .flag, help: "Show the version.")],
      subcommands: commands.map { $0.spec })
  }

  /// Runs with `args` (without the program name) and returns the exit code.
  static func run(_ args: [String], _ context: Context) -> ExitCode {
    var context = context
    guard let first = args.first else {
      context.terminal.write(HelpRenderer.render(spec, width: width(context)), to: .stdout)
      return .success
    }
    switch first {
    case "-h", "--help":
      context.terminal.write(HelpRenderer.render(spec, width: width(context)), to: .stdout)
      return .success
    case "--version":
      context.terminal.out(version)
      return .success
    case "help":
      guard args.count > 1 else {
        context.terminal.write(HelpRenderer.render(spec, width: width(context)), to: .stdout)
        return .success
      }
      guard let command = commands.first(where: { $0.spec.name == args[1] }) else {
        return usage(UsageError("Unknown subcommand '\(args[1])'.", spec: spec), context)
      }
      context.terminal.write(HelpRenderer.render(command.spec, width: width(context)), to: .stdout)
      return .success
    default:
      break
    }
    guard let command = commands.first(where: { $0.spec.name == first }) else {
      var message = first.hasPrefix("-") ? "Unknown option '\(first)'." : "Unknown subcommand '\(first)'."
      let names = commands.map { $0.spec.name }
      if let near = names.min(by: { ArgumentParser.editDistance(first, $0) < ArgumentParser.editDistance(first, $1) }),
        ArgumentParser.editDistance(first, near) <= 2
      {
        message += " Did you mean '\(near)'?"
      }
      return usage(UsageError(message, spec: spec), context)
    }
    let rest = Array(args.dropFirst())
    if asksForHelp(rest, command.spec) {
      context.terminal.write(HelpRenderer.render(command.spec, width: width(context)), to: .stdout)
      return .success
    }
    do {
      let parsed = try ArgumentParser.parse(rest, spec: command.spec)
      context.colorOverride = parsed.bool("color")
      return try command.run(parsed, context)
    } catch let error as UsageError {
      return usage(error, context)
    } catch let failure as CommandFailure {
      if let message = failure.message { context.terminal.err(context.style(.stderr).red("Error: ") + message) }
      return failure.code
    } catch {
      context.terminal.err(context.style(.stderr).red("Error: ") + "\(error)")
      return .failure
    }
  }

  /// Whether `-h`/`--help` stands as an option: before `--`, and not as the value
  /// of an option that takes one (`--subdomain -h` sets a subdomain).
  static func asksForHelp(_ args: [String], _ spec: CommandSpec) -> Bool {
    var i = 0
    while i < args.count {
      let arg = args[i]
      if arg == "--" { return false }
      if arg == "-h" || arg == "--help" { return true }
      if arg.hasPrefix("--"), !arg.contains("="), let option = spec.option(String(arg.dropFirst(2))),
        case .value = option.kind
      {
        i += 1  // skip its value
      }
      i += 1
    }
    return false
  }

  private static func usage(_ error: UsageError, _ context: Context) -> ExitCode {
    context.terminal.write(error.rendered, to: .stderr)
    return .usage
  }

  static func width(_ context: Context) -> Int {
    if let columns = context.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
    return context.terminal.isTerminal(.stdout) ? context.terminal.width : 80
  }

  /// The `--[no-]color` option every subcommand takes.
  static let colorOption = CommandSpec.Option(
    name: "color", kind: .pair, help: "Force or disable colour (default: on a terminal, unless NO_COLOR is set).")
}
