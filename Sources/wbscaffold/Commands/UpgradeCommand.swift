import Blueprints
import HCL
import Scaffold

/// `wbscaffold upgrade`: bumps `wandb_version` (or moves module pins) in files
/// the user has edited, changing only the bytes of the values.
enum UpgradeCommand: Command {
  static var spec: CommandSpec {
    typealias O = CommandSpec.Option
    return CommandSpec(
      name: "upgrade", abstract: "Set wandb_version (or move module pins) in an existing configuration.",
      discussion:
        "A version bump changes only the bytes of the version strings. A move across module majors makes one stop per run (each applied before the next) and edits what that step needs: inputs the target drops are removed (their comments kept), new required inputs get the value that keeps an install running (or --input), renamed inputs and outputs, module calls the target replaces, provider wiring, and Terraform and provider pins; the runs still to make are listed. Comments, blank lines, ordering, line endings and a BOM are kept, and a file that was fmt-clean stays fmt-clean. If no wandb_version exists yet it is added as the W&B guide says; --wandb-version on an operator-era release is refused: the W&B operator manages the version there. Exit status: 0 when done or already done; 1 when refused, or when an allowed major move or downgrade was written but leaves errors to fix by hand (listed; not done yet); 3 with --check when a change is pending; 64 for a usage error.",
      arguments: [CommandSpec.Argument(valueName: "directory", help: "The Terraform directory (default: the current directory).")],
      options: [
        O(name: "wandb-version", kind: .value("version"), help: "The W&B Server version: 'latest' or a release such as 0.59.0."),
        O(name: "module-version", kind: .value("constraint"), help: "New version constraint of the main W&B module the directory calls."),
        O(name: "kubernetes-module-version", kind: .value("constraint"), help: "New version constraint of the wandb/wandb/kubernetes module."),
        O(name: "allow-downgrade", kind: .flag, help: "Allow moving to an older version."),
        O(name: "allow-major", kind: .flag, help: "Allow crossing a major version of the module (its requirements are printed)."),
      ] + clusterVersionOptions + [
        O(name: "input", kind: .value("name=expression"),
          help: "A value for an input a major move needs and has no safe value for, as HCL (e.g. license=var.license).",
          repeatable: true),
        O(name: "placement", kind: .value("style"), help: "Where to add a missing wandb_version.", defaultValue: "automatic",
          allowedValues: ["automatic", "module", "variable"]),
        O(name: "dry-run", kind: .flag, help: "Print a unified diff; write nothing."),
        O(name: "check", kind: .flag, help: "Write nothing; exit 3 when a change is pending."),
        O(name: "json", kind: .flag, help: "Print the outcome as JSON on standard output (diagnostics stay on standard error)."),
        CLI.colorOption,
      ])
  }

  /// One option per module line whose main module takes a Kubernetes version.
  static var clusterVersionOptions: [CommandSpec.Option] {
    var seen: Set<String> = []
    return BlueprintCatalog.upgradeLines.compactMap(\.clusterVersion).filter { seen.insert($0.flag).inserted }.map { facts in
      CommandSpec.Option(
        name: facts.flag, kind: .value("1.N"),
        help: "Move \(facts.input) one Kubernetes minor up (one minor per apply; never with --module-version).")
    }
  }

  static func run(_ args: ParsedArguments, _ context: Context) throws -> ExitCode {
    let terminal = context.terminal
    let printer = DiagnosticPrinter(style: context.style(.stderr))
    var request = UpgradeRequest(
      wandbVersion: args.value("wandb-version"), moduleVersion: args.value("module-version"),
      kubernetesModuleVersion: args.value("kubernetes-module-version"), allowDowngrade: args.flag("allow-downgrade"),
      allowMajor: args.flag("allow-major"),
      placement: WandbVersionPlacement(rawValue: args.value("placement") ?? "automatic") ?? .automatic,
      inputs: try inputs(args.allValues("input")),
      clusterVersion: clusterVersionOptions.lazy.compactMap { args.value($0.name) }.first,
      clusterVersionOption: clusterVersionOptions.first { args.value($0.name) != nil }?.name)
    if request.isEmpty {
      throw UsageError(
        "Nothing to do: give --wandb-version, --module-version, --kubernetes-module-version"
          + clusterVersionOptions.map { " or --\($0.name)" }.joined(), spec: spec)
    }
    let directory = args.positionals.first ?? "."
    guard LocalFiles.kind(directory) == .directory else {
      throw CommandFailure(code: .failure, message: "no such directory: \(directory)")
    }
    var files: [(path: String, bytes: [UInt8])] = []
    for name in try LocalFiles.list(directory) where !name.hasPrefix(".") {
      let path = directory.appendingPath(name)
      if LocalFiles.kind(path) == .file { files.append((path, try LocalFiles.read(path))) }
    }
    let json = args.flag("json")
    let planner = UpgradePlanner(catalog: BlueprintCatalog.modules, lines: BlueprintCatalog.upgradeLines, rules: BlueprintCatalog.checkRules)
    var outcome: Result<UpgradePlan, UpgradeRefusal>
    do { outcome = .success(try planner.plan(request, files: files)) } catch { outcome = .failure(error) }
    if case .failure(let error) = outcome, error.kind == .missingInput, terminal.isInteractive, !json {
      // On a terminal, what --input would give is asked for instead.
      for finding in error.findings { for line in printer.lines(finding) { terminal.err(line) } }
      for name in error.missingInputs {
        let prompt = "\(name) (an HCL expression, such as var.\(name) or \"...\"): "
        let answer = error.sensitiveInputs.contains(name) ? terminal.readSecret(prompt: prompt) : terminal.readLine(prompt: prompt)
        guard let answer, !answer.allSatisfy(\.isWhitespace) else { return .failure }
        request.inputs.merge(try inputs(["\(name)=\(answer)"])) { $1 }
      }
      do { outcome = .success(try planner.plan(request, files: files)) } catch { outcome = .failure(error) }
    }
    let plan: UpgradePlan
    switch outcome {
    case .success(let planned):
      plan = planned
    case .failure(let error):
      if json { terminal.write(UpgradeJSON(refusal: error, directory: directory).text, to: .stdout) }
      if error.isUsageError {
        throw UsageError(error.flag.map { "invalid value for '\($0)': \(error.message)" } ?? error.message, spec: spec)
      }
      for finding in error.findings { for line in printer.lines(finding) { terminal.err(line) } }
      return .failure
    }
    for finding in plan.notes { for line in printer.lines(finding) { terminal.err(line) } }
    let writes = args.flag("dry-run") || args.flag("check") ? nil : plan.hasChanges ? plan.files : nil
    if let writes { try WritePlan(writes.map { ($0.path, $0.updated, nil) }, overwrite: true).commit() }
    if json {
      let document = UpgradeJSON(
        plan: plan, directory: directory, written: writes != nil, moduleVersion: request.moduleVersion
      ) { relative($0, directory) }
      terminal.write(document.text, to: .stdout)
      // The same exit codes as the text run: written but with errors left is not done.
      if writes != nil && plan.notes.contains(where: { $0.severity == .error }) { return .failure }
      return plan.hasChanges && args.flag("check") ? .changesPending : .success
    }
    guard plan.hasChanges else {
      for step in plan.steps { terminal.out(step.message) }
      if plan.steps.isEmpty { terminal.out("Nothing to change.") }
      return .success
    }
    if writes == nil {
      for line in plan.summary { terminal.out(line) }
      if args.flag("dry-run") {
        for file in plan.files {
          let name = relative(file.path, directory)
          terminal.write(
            UnifiedDiff.make(file.original, file.updated, oldLabel: file.isNew ? "/dev/null" : "a/\(name)", newLabel: "b/\(name)"),
            to: .stdout)
        }
      }
      terminal.out("Nothing was written.")
      return args.flag("check") ? .changesPending : .success
    }
    for line in plan.summary { terminal.out(line) }
    terminal.out("")
    let left = plan.notes.filter { $0.severity == .error }.count
    let errors = "\(left) error\(left == 1 ? "" : "s")"
    guard movedModulePin(plan) else {
      if left > 0 {
        // The files moved, but the directory does not plan yet: not done.
        terminal.out("Not done: fix the \(errors) above by hand, run `wbscaffold check`, then `terraform plan`.")
        return .failure
      }
      terminal.out("Review with `terraform plan`, then `terraform apply`.")
      return .success
    }
    // A new module release may replace or destroy resources: review the saved plan before applying it.
    if left > 0 {
      terminal.out("Not done: fix the \(errors) above by hand and run `wbscaffold check`; then review the plan before applying it:")
    } else {
      terminal.out("Review the plan before applying it:")
    }
    for line in reviewSequence(plan) { terminal.out("  " + line) }
    if !plan.applyNotes.isEmpty {
      terminal.out("Around this apply:")
      for note in plan.applyNotes { terminal.out("  - " + note) }
    }
    if !plan.remainingSteps.isEmpty {
      let place = directory == "." ? "" : " " + directory
      let moves = plan.remainingSteps.filter { if case .module = $0 { true } else { false } }.count
      terminal.out(
        "Still to do once this is applied (\(moves) more module move\(moves == 1 ? "" : "s")), one run and one apply each:")
      for step in plan.remainingSteps {
        // Quoted for a shell where anything but letters, digits, '.', '-' and '_' (a '>') is in it.
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
        let command = step.arguments(repeating: request.moduleVersion).map { $0.allSatisfy(plain.contains) ? $0 : "'\($0)'" }
          .joined(separator: " ")
        let comment = if case .module(let constraint, let release) = step { "    # to \(constraint) (\(release))" } else { "" }
        terminal.out("  wbscaffold upgrade \(command)\(place)\(comment)")
      }
    }
    return left > 0 ? .failure : .success
  }

  /// `--input NAME=EXPRESSION` values, each checked to be a name and an HCL expression.
  private static func inputs(_ values: [String]) throws -> [String: String] {
    var out: [String: String] = [:]
    for value in values {
      let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = parts.first.map(String.init) ?? ""
      let expression = parts.count == 2 ? String(parts[1]) : ""
      let isName = !name.isEmpty && name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "-" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        && !("0"..."9").contains(name.unicodeScalars.first!)
      let tree = SyntaxTree(name + " = " + expression + "\n")
      guard isName, !expression.trimmingPrefix(while: { $0 == " " }).isEmpty, tree.isValid, tree.body.attributes.count == 1 else {
        throw UsageError("invalid value for '--input': '\(value)' is not NAME=EXPRESSION (an HCL expression such as var.license or \"abc\")", spec: spec)
      }
      out[name] = expression.trimmingPrefix(while: { $0 == " " }).description
    }
    return out
  }

  /// What to run after `plan` is written: fetch a moved module or provider release,
  /// then save the plan, review its JSON, apply that plan.
  static func reviewSequence(_ plan: UpgradePlan) -> [String] {
    let pinMoved = plan.steps.contains { [.module, .kubernetesModule].contains($0.target) && !$0.isAlreadyCurrent }
    return (pinMoved ? ["terraform init -upgrade"] : []) + planReviewSequence
  }

  /// What to run after a module pin moved: save the plan, review its JSON, apply that plan.
  static let planReviewSequence = [
    "terraform plan -out wandb.tfplan", "terraform show -json wandb.tfplan > plan.json", "wbscaffold plan-review plan.json",
    "terraform apply wandb.tfplan",
  ]

  /// Whether `plan` moves the pin of a module (not only `wandb_version`).
  static func movedModulePin(_ plan: UpgradePlan) -> Bool {
    plan.steps.contains { $0.target != .wandbVersion && !$0.isAlreadyCurrent }
  }

  private static func relative(_ path: String, _ directory: String) -> String {
    let prefix = directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
