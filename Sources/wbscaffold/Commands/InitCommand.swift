import Blueprints
import HCL
import Scaffold

/// `wbscaffold init`: flags or wizard → validated answers → blueprint → files →
/// coverage check → write plan → atomic writes.
enum InitCommand: Command {
  static var spec: CommandSpec { InitOptions.spec }

  static func run(_ args: ParsedArguments, _ context: Context) throws -> ExitCode {
    let terminal = context.terminal
    let json = args.flag("json")
    let interactive = terminal.isInteractive && !args.flag("non-interactive") && !json
    let style = context.style(.stdout)
    let directory = args.positionals.first ?? "."
    if LocalFiles.kind(directory) == .file {
      throw UsageError("'\(directory)' is a file; give a directory", spec: spec)
    }

    // 1. Answers: flags and environment, remembered tfvars, then the wizard or defaults.
    let (explicit, sources) = try InitOptions.explicitAnswers(args, context)
    let remembered = AnswerResolver.remembered(
      tfvars: try? LocalFiles.read(directory.appendingPath("terraform.tfvars")),
      secrets: try? LocalFiles.read(directory.appendingPath(BlueprintParts.secretsFile)))
    let wizard = Wizard(terminal: terminal, style: style)
    let blueprint: any Blueprint
    var raw = explicit
    var choices = DeploymentChoices(args)
    var typed: Set<Question.Key> = []
    if interactive {
      terminal.out(style.bold("wbscaffold init") + ": W&B Server on AWS, in \(directory)")
      blueprint = try wizard.blueprint(explicit: args.value("blueprint"))
      (raw, typed) = try wizard.ask(blueprint: blueprint, explicit: explicit, remembered: remembered)
      try wizard.askDeployment(&choices)
    } else {
      blueprint = BlueprintCatalog.blueprint(args.value("blueprint") ?? "") ?? BlueprintCatalog.defaultBlueprint
    }
    let resolution = AnswerResolver.resolve(
      explicit: raw, sources: sources, remembered: remembered, blueprint: blueprint, pins: InitOptions.pins(args))
    if !resolution.missing.isEmpty || !resolution.problems.isEmpty {
      var sections: [String] = []
      if !resolution.missing.isEmpty {
        let lines = resolution.missing.map { q in
          "  - \(q.flag)" + (q.environment.map { " (or \($0))" } ?? "") + ": \(q.prompt)"
        }
        sections.append("Missing required values (no terminal to ask on):\n" + lines.joined(separator: "\n"))
      }
      if !resolution.problems.isEmpty {
        sections.append("Invalid values:\n" + resolution.problems.map { "  - \($0)" }.joined(separator: "\n"))
      }
      throw UsageError(sections.joined(separator: "\n"), spec: spec)
    }
    guard var answers = resolution.answers else { throw CommandFailure(code: .failure, message: "no answers") }
    try checkModulePins(answers.pins, blueprint)
    // A size from a flag or typed at the prompt wins over the workload's preset.
    try choices.apply(to: &answers, sizeExplicit: explicit.values[.size] != nil || typed.contains(.size))
    for ignored in ignoredFlags(args, blueprint) {
      terminal.err(context.style(.stderr).yellow("warning: ") + "\(ignored) does not apply to blueprint \(blueprint.id); ignored")
    }

    // 2. Render and check the files before touching the disk.
    let files = try Scaffolder.generate(answers, with: blueprint)
    let errors = GeneratedCheck.errors(files)
    if !errors.isEmpty {
      for e in errors { terminal.err(e) }
      throw CommandFailure(
        code: .failure, message: "blueprint \(blueprint.id) produced a configuration that fails its own checks; nothing was written")
    }
    let clashes = GeneratedCheck.clashes(files, with: otherFiles(in: directory, besides: files))
    if !clashes.isEmpty {
      for e in clashes { terminal.err(e) }
      throw CommandFailure(
        code: .failure,
        message: "the generated files clash with other Terraform files in \(directory) (above); nothing was written")
    }
    let summary = DeploymentSummary(answers: answers, blueprint: blueprint)
    let plan = try WritePlan(
      files.map { (directory.appendingPath($0.path), Array($0.contents.utf8), $0.isSecret ? UInt32(0o600) : nil) },
      overwrite: args.flag("force"))

    if let warning = lineSwitch(in: directory, to: blueprint) {
      terminal.err(context.style(.stderr).yellow("warning: ") + warning)
    }

    // 3. Show, confirm, write.
    let report = InitReport(context: context, directory: directory, files: files, plan: plan, summary: summary)
    if json {
      terminal.write(report.json(answers: answers, dryRun: args.flag("dry-run")), to: .stdout)
    }
    if !plan.conflicts.isEmpty {
      report.conflicts(showDiff: args.flag("diff"))
      return .failure
    }
    if args.flag("dry-run") {
      if !json { report.dryRun(showDiff: args.flag("diff")) }
      return .success
    }
    if interactive {
      report.showSummary()
      guard args.flag("yes") || wizard.confirm("Write \(plan.changes.count) files to \(directory)?") else {
        terminal.out("Nothing was written.")
        return .failure
      }
    }
    try plan.commit()
    if !json { report.written(interactive: interactive, answers: answers) }
    return .success
  }

  /// A module pin must match a release, on the blueprint's own major line; a
  /// Terraform or provider pin must leave a version the modules accept.
  private static func checkModulePins(_ pins: [PinKey: String], _ blueprint: any Blueprint) throws(UsageError) {
    for (key, given) in pins.sorted(by: { $0.key < $1.key }) {
      guard let required = blueprint.moduleRequirements[key],
        let a = try? VersionConstraint(given, dialect: key.dialect),
        let b = try? VersionConstraint(required, dialect: key.dialect), !a.overlaps(b)
      else { continue }
      throw UsageError(
        "invalid value for '\(key.flag)': '\(given)' leaves no \(key) version that blueprint \(blueprint.id)'s modules accept (they require '\(required)')",
        spec: spec)
    }
    let sources: [PinKey: String] = [.module: blueprint.moduleSource, .kubernetesModule: "wandb/wandb/kubernetes"]
    for (key, source) in sources.sorted(by: { $0.key < $1.key }) {
      guard let given = pins[key], let fallback = blueprint.defaultPins[key],
        let chosen = try? BlueprintCatalog.modules.resolve(source: source, constraint: given),
        let expected = try? BlueprintCatalog.modules.resolve(source: source, constraint: fallback),
        let line = expected.release
      else { continue }
      guard let release = chosen.release else {
        throw UsageError("invalid value for '\(key.flag)': no release of \(source) matches '\(given)'", spec: spec)
      }
      if release.major != line.major {
        throw UsageError(
          "invalid value for '\(key.flag)': '\(given)' resolves to \(source) \(release), outside blueprint \(blueprint.id)'s \(line.major).x line"
            + (release.major >= 4 && blueprint.id == "aws-v2" ? "; use --blueprint aws-v8" : ""),
          spec: spec)
      }
    }
  }

  /// The Terraform files already in `directory` that init does not write, which
  /// Terraform will read together with the generated ones.
  private static func otherFiles(in directory: String, besides files: [GeneratedFile]) -> [(path: String, bytes: [UInt8])] {
    guard LocalFiles.kind(directory) == .directory, let names = try? LocalFiles.list(directory) else { return [] }
    let generated = Set(files.map(\.path))
    return names.sorted().compactMap { name in
      guard !generated.contains(name), ConfigurationDirectory.role(ofFileAt: name) != nil,
        let bytes = try? LocalFiles.read(directory.appendingPath(name))
      else { return nil }
      return (name, bytes)
    }
  }

  /// A warning when the directory's main.tf calls the aws module on another major
  /// line than `blueprint`: re-rendering is not how a module line is migrated.
  private static func lineSwitch(in directory: String, to blueprint: any Blueprint) -> String? {
    guard let bytes = try? LocalFiles.read(directory.appendingPath("main.tf")) else { return nil }
    let tree = SyntaxTree(bytes)
    let catalog = BlueprintCatalog.modules
    for block in tree.body.blocks(ofType: "module") {
      guard case .string(let source)? = block.body.attribute(named: "source").flatMap({ tree.constantValue(of: $0.expression) }),
        ModuleSource(source)?.registryAddress == blueprint.moduleSource,
        case .string(let constraint)? = block.body.attribute(named: "version").flatMap({ tree.constantValue(of: $0.expression) }),
        let current = (try? catalog.resolve(source: source, constraint: constraint))?.release,
        let pin = blueprint.defaultPins[.module],
        let target = (try? catalog.resolve(source: source, constraint: pin))?.release,
        current.major != target.major
      else { continue }
      return "main.tf here calls \(blueprint.moduleSource) \(current) (\(constraint)); blueprint \(blueprint.id) is the \(target.major).x line. "
        + "Overwriting is not a migration: existing state needs the module's upgrade steps (see `wbscaffold upgrade --module-version`)"
    }
    return nil
  }

  /// Flags given that the chosen blueprint does not use.
  private static func ignoredFlags(_ args: ParsedArguments, _ blueprint: any Blueprint) -> [String] {
    var out: [String] = []
    if args.value("wandb-version") != nil && !blueprint.uses.contains(.wandbVersion) { out.append("--wandb-version") }
    if args.value("size") != nil && !blueprint.uses.contains(.size) { out.append("--size") }
    return out
  }
}

/// Runs the shared configuration checks on generated files (coverage before writing).
enum GeneratedCheck {
  /// Rendered `path:line:col: error: ...` lines; empty when the files pass.
  static func errors(_ files: [GeneratedFile]) -> [String] {
    errors(in: files.map { ($0.path, Array($0.contents.utf8)) })
  }

  /// Errors that appear only when the generated files sit next to `others`
  /// (a second `variable "region"`, another `module "wandb_infra"`, ...); the
  /// others' own problems are theirs and not reported.
  static func clashes(_ files: [GeneratedFile], with others: [(path: String, bytes: [UInt8])]) -> [String] {
    guard !others.isEmpty else { return [] }
    let alone = Set(errors(in: others))
    return errors(in: files.map { ($0.path, Array($0.contents.utf8)) } + others).filter { !alone.contains($0) }
  }

  private static func errors(in files: [(path: String, bytes: [UInt8])]) -> [String] {
    ConfigurationChecker.check(ConfigurationDirectory(files: files), catalog: BlueprintCatalog.modules, environment: [:])
      .filter { $0.severity == .error }
      .map(\.description)
  }
}
