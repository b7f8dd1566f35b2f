import Blueprints
import HCL
import Scaffold

/// `wbscaffold init`: read the options and the directory, ask what is missing,
/// plan (pure, in `InitPlanner`), report, then write atomically.
enum InitCommand: Command {
  static var spec: CommandSpec { InitOptions.spec }

  static func run(_ args: ParsedArguments, _ context: Context) throws -> ExitCode {
    let options = InitOptions(args)
    let terminal = context.terminal
    let interactive = terminal.isInteractive && !options.nonInteractive && !options.example
    let style = context.style(.stdout)
    let directory = options.directory
    if LocalFiles.kind(directory) == .file {
      throw UsageError("'\(directory)' is a file; give a directory", spec: spec)
    }

    // 1. Read: the directory's Terraform files, the line they are on.
    let existing = directoryFiles(in: directory)
    let planner = InitPlanner(
      catalog: BlueprintCatalog.modules, rules: BlueprintCatalog.checkRules, blueprints: BlueprintCatalog.all)
    let current = planner.blueprint(of: existing) ?? planner.currentLine(calledIn: existing)
    let wizard = Wizard(terminal: terminal, style: style)
    let blueprint: any Blueprint
    if let id = options.blueprint {
      guard let chosen = BlueprintCatalog.blueprint(id) else { throw UsageError("unknown blueprint '\(id)'", spec: spec) }
      blueprint = chosen
    } else if interactive {
      terminal.out(style.bold("wbscaffold init") + ": W&B Server, in \(directory)")
      blueprint = try wizard.blueprint(current: current)
    } else {
      blueprint = current ?? BlueprintCatalog.defaultBlueprint
    }
    let foreign = options.foreignFlags(for: blueprint)
    if !foreign.isEmpty { throw UsageError(foreign.joined(separator: "\n"), spec: spec) }

    // 2. Answers: flags and environment, then the wizard for what is missing.
    var (explicit, sources) = try options.explicitAnswers(for: blueprint, context)
    if interactive {
      if options.blueprint != nil { terminal.out(style.bold("wbscaffold init") + ": W&B Server (\(blueprint.id)), in \(directory)") }
      let remembered = RememberedAnswers(files: existing, blueprint: blueprint)
      let typed = try wizard.ask(blueprint: blueprint, explicit: explicit, remembered: remembered.answers)
      for (id, value) in typed.values {
        explicit.values[id] = value
        sources[id] = "the answer to '\(blueprint.question(id)?.prompt ?? id)'"
      }
    }

    // 3. Plan.
    let plan: InitPlan
    do {
      plan = try planner.plan(
        InitRequest(blueprint: blueprint, explicit: explicit, sources: sources, pins: options.pins, example: options.example),
        files: existing)
    } catch {
      throw report(error, options: options, context: context)
    }
    let writes = try WritePlan(
      plan.files.map { (directory.appendingPath($0.path), Array($0.contents.utf8), $0.isSecret ? UInt32(0o600) : nil) },
      overwrite: options.force)
    for warning in plan.directoryWarnings {
      terminal.err(context.style(.stderr).yellow("warning: ") + warning)
    }

    // 4. Report, confirm, commit.
    let report = InitReport(context: context, directory: directory, blueprint: blueprint, files: plan.files, plan: writes, summary: plan.summary)
    if options.json {
      terminal.write(report.json(dryRun: options.dryRun), to: .stdout)
    }
    if !writes.conflicts.isEmpty {
      if options.dryRun {
        if !options.json { report.dryRun(showDiff: options.diff) }
        return .success
      }
      report.conflicts(showDiff: options.diff)
      return .failure
    }
    if options.force, !options.json { report.droppedEdits() }
    if options.dryRun {
      if !options.json {
        if interactive { report.showSummary() }
        report.dryRun(showDiff: options.diff)
      }
      return .success
    }
    if interactive {
      report.showSummary()
      guard options.yes || wizard.confirm("Write \(writes.changes.count) files to \(directory)?") else {
        terminal.out("Nothing was written.")
        return .failure
      }
    }
    try writes.commit()
    if !options.json { report.written(interactive: interactive, answers: plan.answers) }
    return .success
  }

  /// The refusal as a usage error (exit 64) or a failure (exit 1), its findings printed.
  private static func report(_ refusal: InitRefusal, options: InitOptions, context: Context) -> Error {
    let terminal = context.terminal
    if options.json {
      terminal.write(InitReport.jsonError(refusal), to: .stdout)
    }
    let printer = DiagnosticPrinter(style: context.style(.stderr))
    for finding in refusal.findings { for line in printer.lines(finding) { terminal.err(line) } }
    var sections: [String] = []
    if !refusal.missing.isEmpty {
      let lines = refusal.missing.map { q in
        "  - \(q.flag)" + (q.environment.map { " (or \($0))" } ?? "") + ": \(q.prompt)"
      }
      sections.append("Missing required values (no terminal to ask on):\n" + lines.joined(separator: "\n"))
    }
    if !refusal.problems.isEmpty {
      sections.append("Invalid values:\n" + refusal.problems.map { "  - \($0)" }.joined(separator: "\n"))
    }
    if refusal.missing.isEmpty, refusal.problems.count == 1, let only = refusal.problems.first {
      sections = [only.description]
    }
    switch refusal.kind {
    case .usage: return UsageError(sections.isEmpty ? refusal.message : sections.joined(separator: "\n"), spec: spec)
    case .failure: return CommandFailure(code: .failure, message: refusal.message)
    }
  }

  /// The Terraform files already in `directory` (`.tf`, `.tfvars` and their JSON
  /// forms), and the README.md whose regenerate command a re-run reads.
  private static func directoryFiles(in directory: String) -> [(path: String, bytes: [UInt8])] {
    guard LocalFiles.kind(directory) == .directory, let names = try? LocalFiles.list(directory) else { return [] }
    return names.sorted().compactMap { name in
      guard ConfigurationDirectory.role(ofFileAt: name) != nil || name == GeneratedReadme.path, let bytes = try? LocalFiles.read(directory.appendingPath(name))
      else { return nil }
      return (name, bytes)
    }
  }
}
