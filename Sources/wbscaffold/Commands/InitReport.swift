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
  let blueprint: any Blueprint
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
    rows += s.reviewed.map { ($0.label, $0.text) }
    rows += s.pins.map { ("\($0.label) version", $0.value) }
    rows += s.settings.map { ($0.label, $0.text) }
    if let protection = s.deletionProtection { rows.append(("deletion protection", protection ? "on" : "off")) }
    rows.append(("state", s.backend?.text ?? "local file"))
    let width = rows.map(\.0.count).max() ?? 0
    for (label, value) in rows { terminal.out("  \(pad(label, width))  \(value)") }
    for note in s.notes { terminal.out("  • " + note) }
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
    if summary.setsWandbVersion {
      terminal.out("  wbscaffold upgrade --wandb-version <version>   # later, to move to a new W&B release")
    }
    if interactive {
      terminal.out("")
      terminal.out(
        style.bold("The same, without questions") + " (\(EquivalentCommand.secretSources(of: blueprint))):")
      terminal.out("  " + EquivalentCommand.line(answers: answers, blueprint: blueprint, directory: directory))
    }
  }

  /// A pin's key in the `--json` summary, camelCase like the other keys.
  func jsonKey(_ key: PinKey) -> String {
    switch key {
    case .module: return "module"
    case .appModule: return (blueprint.appModuleName ?? "app") + "Module"
    case .terraform: return "terraform"
    case .provider(let name):
      let words = name.split(separator: "-")
      return (words.first.map(String.init) ?? "") + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        + "Provider"
    }
  }

  /// Before `--force` overwrites: the lines of each overwritten file that the new
  /// one does not have (hand edits, comments, blocks), so nothing goes unnoticed.
  func droppedEdits() {
    let err = context.style(.stderr)
    for entry in plan.entries where entry.action == .update {
      let name = relative(entry.path)
      if isSecret(entry) {
        terminal.err(err.yellow("warning: ") + "--force overwrites \(name), whose contents differ (not shown)")
        continue
      }
      let kept = Set(String(decoding: entry.bytes, as: UTF8.self).split(separator: "\n").map { String($0).trimmingCharacters() })
      let dropped = String(decoding: entry.previous ?? [], as: UTF8.self).split(separator: "\n")
        .map { String($0).trimmingCharacters() }.filter { !$0.isEmpty && !kept.contains($0) }
      guard !dropped.isEmpty else { continue }
      terminal.err(err.yellow("warning: ") + "--force drops \(dropped.count) line\(dropped.count == 1 ? "" : "s") of \(name) that the new file does not have:")
      for line in dropped.prefix(8) { terminal.err("  - \(line)") }
      if dropped.count > 8 { terminal.err("  ... and \(dropped.count - 8) more (see --dry-run --diff)") }
    }
  }

  /// A JSON value of a setting.
  private struct SettingValue: Encodable {
    var value: DeploymentSummary.JSONValue
    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch value {
      case .string(let s): try container.encode(s)
      case .strings(let list): try container.encode(list)
      case .bool(let b): try container.encode(b)
      }
    }
  }

  /// Keys chosen at run time, for the settings of the `--json` document.
  private struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// The `--json` summary: files, blueprint, versions, settings and warnings. Never a secret.
  func json(dryRun: Bool) -> String {
    struct FileEntry: Encodable {
      var path: String
      var action: String
      var secret: Bool
    }
    struct Output: Encodable {
      var fixed: [String: String]
      var dryRun: Bool
      var versions: [String: String]
      var settings: [(String, DeploymentSummary.JSONValue)]
      var deletionProtection: Bool?
      var files: [FileEntry]
      var warnings: [String]
      func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        for (k, v) in fixed { try c.encode(v, forKey: DynamicKey(k)) }
        try c.encode(dryRun, forKey: DynamicKey("dryRun"))
        try c.encode(versions, forKey: DynamicKey("versions"))
        for (k, v) in settings { try c.encode(SettingValue(value: v), forKey: DynamicKey(k)) }
        try c.encodeIfPresent(deletionProtection, forKey: DynamicKey("deletionProtection"))
        try c.encode(files, forKey: DynamicKey("files"))
        try c.encode(warnings, forKey: DynamicKey("warnings"))
      }
    }
    let s = summary
    var settings = (s.reviewed + s.settings).map { ($0.jsonKey, $0.json) }
    if let backend = s.backend { settings.append((backend.jsonKey, backend.json)) }
    let output = Output(
      fixed: ["directory": directory, "blueprint": s.blueprint, "url": s.url], dryRun: dryRun,
      versions: Dictionary(uniqueKeysWithValues: s.pins.map { (jsonKey($0.key), $0.value) }), settings: settings,
      deletionProtection: s.deletionProtection,
      files: plan.entries.map { e in
        FileEntry(
          path: relative(e.path),
          action: dryRun && e.action != .identical ? "would-\(e.action.rawValue)" : e.action.rawValue,
          secret: isSecret(e))
      },
      warnings: s.warnings)
    return JSONText.encode(output)
  }

  /// The `--json` document of a refusal: an error object, so scripts parse one shape.
  static func jsonError(_ refusal: InitRefusal) -> String {
    struct Problem: Encodable {
      var flag: String
      var message: String
    }
    struct Output: Encodable {
      var error: String
      var kind: String
      var invalid: [Problem]
      var missing: [String]
      var findings: [String]
    }
    return JSONText.encode(
      Output(
        error: refusal.message, kind: refusal.kind == .usage ? "usage" : "failure",
        invalid: refusal.problems.map { Problem(flag: $0.source, message: $0.message) }, missing: refusal.missing.map(\.flag),
        findings: refusal.findings.map(\.description)))
  }
}
