#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import Scaffold

/// Everything `init` prints: the summary before confirming, the dry-run plan,
/// conflicts, the files written and next steps, and the `--json` document.
struct InitReport {
  let context: Context
  let directory: String
  let files: [GeneratedFile]
  let plan: WritePlan
  let summary: DeploymentSummary

  private var terminal: any Terminal { context.terminal }
  private var style: Style { context.style(.stdout) }

  private func relative(_ path: String) -> String {
    let prefix = directory == "." ? "" : directory.hasSuffix("/") ? directory : directory + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// The deployment summary shown before the confirmation.
  func showSummary() {
    let s = summary
    terminal.out("")
    terminal.out(style.bold("Summary") + " (\(s.blueprint): \(s.blueprintSummary))")
    var rows: [(String, String)] = [("URL", s.url)]
    rows += s.pins.map { ("\($0.key) version", $0.value) }
    if let v = s.wandbVersion { rows.append(("W&B version", v)) }
    if let size = s.size { rows.append(("size", size)) }
    if let sizing = s.sizing {
      if !sizing.nodeInstanceTypes.isEmpty {
        rows.append(("nodes", "\(sizing.nodeInstanceTypes.joined(separator: ", ")) (\(sizing.origin))"))
      }
      if !sizing.databaseInstanceClass.isEmpty { rows.append(("database", sizing.databaseInstanceClass)) }
    }
    rows.append(("state", s.backend.map { "s3://\($0.bucket)/\($0.key)" } ?? "local file"))
    let width = rows.map(\.0.count).max() ?? 0
    for (label, value) in rows { terminal.out("  \(pad(label, width))  \(value)") }
    for note in s.toggleNotes { terminal.out("  • " + note) }
    for warning in s.warnings { terminal.out(style.yellow("  warning: ") + warning) }
    terminal.out("")
    for entry in plan.entries { terminal.out("  \(action(entry.action)) \(relative(entry.path))") }
    terminal.out("")
  }

  private func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
  }

  private func action(_ a: WritePlan.Action) -> String {
    switch a {
    case .create: return style.green("create   ")
    case .update: return style.yellow("overwrite")
    case .identical: return style.dim("identical")
    case .conflict: return style.red("conflict ")
    }
  }

  /// `--dry-run`: what would be written, and diffs with `--diff` (secrets are never shown).
  func dryRun(showDiff: Bool) {
    terminal.out("Dry run: nothing was written to \(directory).")
    for entry in plan.entries {
      terminal.out("  \(action(entry.action)) \(relative(entry.path))" + (isSecret(entry) ? " (mode 0600; contents not shown)" : ""))
    }
    if showDiff { diffs(plan.entries.filter { $0.action != .identical }) }
    for warning in summary.warnings { terminal.err(context.style(.stderr).yellow("warning: ") + warning) }
  }

  /// Existing files that differ: nothing is written.
  func conflicts(showDiff: Bool) {
    let err = context.style(.stderr)
    terminal.err(
      err.red("error: ") + "refusing to overwrite \(plan.conflicts.count) existing file\(plan.conflicts.count == 1 ? "" : "s") in \(directory) (nothing was written):")
    for entry in plan.conflicts { terminal.err("  \(relative(entry.path)) (differs)") }
    terminal.err(err.bold("note: ") + "use --force to overwrite, or --dry-run --diff to see the changes")
    if showDiff { diffs(plan.conflicts) }
    for warning in summary.warnings { terminal.err(err.yellow("warning: ") + warning) }
  }

  private func isSecret(_ entry: WritePlan.Entry) -> Bool {
    files.contains { $0.isSecret && directory.appendingPath($0.path) == entry.path }
  }

  private func diffs(_ entries: [WritePlan.Entry]) {
    for entry in entries where !isSecret(entry) {
      let name = relative(entry.path)
      terminal.write(
        UnifiedDiff.make(entry.previous ?? [], entry.bytes, oldLabel: entry.previous == nil ? "/dev/null" : "a/\(name)", newLabel: "b/\(name)"),
        to: .stdout)
    }
  }

  /// After writing: the files, next steps and (after the wizard) the equivalent command.
  func written(interactive: Bool, answers: Answers) {
    for entry in plan.entries { terminal.out("\(action(entry.action)) \(relative(entry.path))") }
    if !interactive {
      for warning in summary.warnings { terminal.err(context.style(.stderr).yellow("warning: ") + warning) }
    }
    terminal.out("")
    terminal.out(style.bold("Next steps:"))
    if directory != "." { terminal.out("  cd \(directory)") }
    terminal.out("  wbscaffold check")
    terminal.out("  terraform init")
    terminal.out("  terraform apply")
    if answers.wandbVersion != nil {
      terminal.out("  wbscaffold upgrade --wandb-version <version>   # later, to move to a new W&B release")
    }
    if interactive {
      terminal.out("")
      terminal.out(style.bold("The same, without questions") + " (the license comes from WANDB_LICENSE or --license-file):")
      terminal.out("  " + EquivalentCommand.line(answers: answers, directory: directory))
    }
  }

  /// A pin's key in the `--json` summary, camelCase like the other keys.
  static func jsonKey(_ key: PinKey) -> String {
    switch key {
    case .module: return "module"
    case .kubernetesModule: return "kubernetesModule"
    case .terraform: return "terraform"
    case .provider(let name): return name + "Provider"
    }
  }

  /// The `--json` summary: files, blueprint, versions, toggles and warnings. Never the license.
  func json(answers: Answers, dryRun: Bool) -> String {
    struct FileEntry: Encodable {
      var path: String
      var action: String
      var secret: Bool
    }
    struct Output: Encodable {
      var directory: String
      var dryRun: Bool
      var blueprint: String
      var url: String
      var versions: [String: String]
      var wandbVersion: String?
      var size: String?
      var redis: Bool
      var sqs: Bool
      var nodeInstanceTypes: [String]?
      var databaseInstanceClass: String?
      var backend: String?
      var deletionProtection: Bool
      var files: [FileEntry]
      var warnings: [String]
    }
    let s = summary
    let output = Output(
      directory: directory, dryRun: dryRun, blueprint: s.blueprint, url: s.url,
      versions: Dictionary(uniqueKeysWithValues: s.pins.map { (Self.jsonKey($0.key), $0.value) }),
      wandbVersion: s.wandbVersion, size: s.size, redis: s.redis, sqs: s.sqs,
      nodeInstanceTypes: s.sizing.map(\.nodeInstanceTypes).flatMap { $0.isEmpty ? nil : $0 },
      databaseInstanceClass: s.sizing.map(\.databaseInstanceClass).flatMap { $0.isEmpty ? nil : $0 },
      backend: s.backend.map { "s3://\($0.bucket)/\($0.key)" }, deletionProtection: s.deletionProtection,
      files: plan.entries.map { e in
        FileEntry(
          path: relative(e.path),
          action: plan.conflicts.isEmpty && dryRun && e.action != .identical ? "would-\(e.action.rawValue)" : e.action.rawValue,
          secret: isSecret(e))
      },
      warnings: s.warnings)
    return JSONText.encode(output)
  }
}
