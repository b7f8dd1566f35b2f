import Blueprints
import Scaffold

/// `wbscaffold plan-review`: reads the JSON of a saved plan before `terraform
/// apply` and says what it would replace or destroy, and which of those lose data.
enum PlanReviewCommand: Command {
  static var spec: CommandSpec {
    CommandSpec(
      name: "plan-review", abstract: "List what a saved Terraform plan replaces or destroys; fail if it loses data.",
      discussion:
        "Give the JSON of a saved plan: `terraform plan -out wandb.tfplan`, then `terraform show -json wandb.tfplan > plan.json`. Every resource the plan destroys or replaces is listed with terraform's reason. Destroying or replacing what holds data (databases, buckets, encryption keys, Redis) is an error; a cluster is a warning; what a module upgrade step is known to replace (such as node groups) is a note. Exit 0 when nothing would lose data, 1 when something would, 64 when the file is missing or is not a plan's JSON.",
      arguments: [CommandSpec.Argument(valueName: "plan-json", help: "The output of `terraform show -json PLANFILE`.", optional: false)],
      options: [
        CommandSpec.Option(name: "json", kind: .flag, help: "Print the changes and findings as JSON for scripts."),
        CLI.colorOption,
      ])
  }

  static func run(_ args: ParsedArguments, _ context: Context) throws -> ExitCode {
    guard let path = args.positionals.first else {
      throw UsageError("missing the plan JSON: run `terraform show -json wandb.tfplan > plan.json`, then give plan.json", spec: spec)
    }
    switch LocalFiles.kind(path) {
    case .missing: throw UsageError("no such file: \(path)", spec: spec)
    case .directory: throw UsageError("\(path) is a directory; give the JSON of a saved plan", spec: spec)
    case .file: break
    }
    let bytes: [UInt8]
    do {
      bytes = try LocalFiles.read(path)
    } catch {
      throw UsageError(error.description, spec: spec)
    }
    let review: PlanReview
    do {
      review = try PlanReviewer(table: BlueprintCatalog.planResources).review(bytes, path: path)
    } catch {
      throw UsageError("\(path) \(error.message)", spec: spec)
    }
    if args.flag("json") {
      context.terminal.write(json(review, path: path), to: .stdout)
    } else {
      let terminal = context.terminal
      let changes = review.changes
      if changes.isEmpty {
        terminal.out("\(path): nothing is replaced or destroyed (\(count(review.document.resourceChangeCount, "resource change")) in the plan).")
      } else {
        terminal.out("\(path): \(count(changes.count, "resource")) replaced or destroyed:")
        for change in changes { terminal.out("  " + change.line) }
      }
      let printer = DiagnosticPrinter(style: context.style(.stdout))
      for finding in review.findings {
        for line in printer.lines(finding) { terminal.out(line) }
      }
      terminal.out(summaryLine(review))
    }
    return review.losesData ? .failure : .success
  }

  /// `1 error, 0 warnings, 2 notes: do not apply this plan as it is.`
  static func summaryLine(_ review: PlanReview) -> String {
    let counts = [count(review.count(.error), "error"), count(review.count(.warning), "warning"), count(review.count(.note), "note")]
      .joined(separator: ", ")
    if review.losesData { return counts + ": this plan loses data; do not apply it as it is." }
    return counts + ": nothing would lose data."
  }

  private static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

  private static func json(_ review: PlanReview, path: String) -> String {
    struct Change: Encodable {
      var address, type, name, effect: String
      var module: String?
      var actions: [String]
      var reason: String?
      var replacePaths: [String]
      var deposed: String?
      /// The severity the table gives it; absent for a resource the table does not know.
      var severity: String?
    }
    struct Item: Encodable {
      var rule, severity, message: String
      var subject: String?
      var hint: String?
      var notes: [String]?
    }
    struct Output: Encodable {
      var plan: String
      var formatVersion: String
      var terraformVersion: String?
      var losesData: Bool
      var errors, warnings, notes: Int
      var changes: [Change]
      var findings: [Item]
    }
    let changes = zip(review.changes, review.categories).map { change, category in
      Change(
        address: change.address, type: change.type, name: change.name, effect: change.effect.rawValue,
        module: change.moduleAddress, actions: change.actions, reason: change.reason, replacePaths: change.replacePaths,
        deposed: change.deposed, severity: category?.severity.rawValue)
    }
    let output = Output(
      plan: path, formatVersion: review.document.formatVersion, terraformVersion: review.document.terraformVersion,
      losesData: review.losesData, errors: review.count(.error), warnings: review.count(.warning), notes: review.count(.note),
      changes: changes,
      findings: review.findings.map {
        Item(
          rule: $0.rule.rawValue, severity: $0.severity.rawValue, message: $0.message, subject: $0.subject, hint: $0.hint,
          notes: $0.notes.isEmpty ? nil : $0.notes.map(\.description))
      })
    return JSONText.encode(output)
  }
}
