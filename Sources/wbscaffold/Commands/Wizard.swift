import Blueprints
import Scaffold

/// The interactive part of `init`: asks, over a `Terminal`, every question that
/// flags and the environment did not answer, validating each answer at once with
/// the same rules as the flags and asking again until it is valid.
struct Wizard {
  let terminal: any Terminal
  let style: Style

  /// End of input or a refused confirmation: nothing is written.
  static let aborted = CommandFailure(code: .failure, message: "no answer (end of input): nothing was written")

  /// Asks for the blueprint unless given.
  func blueprint(explicit: String?) throws -> any Blueprint {
    if let explicit, let bp = BlueprintCatalog.blueprint(explicit) { return bp }
    let q = Questions.question(.blueprint)
    for bp in BlueprintCatalog.all { terminal.out(style.dim("    \(bp.id): \(bp.summary)")) }
    let ids = BlueprintCatalog.all.map(\.id)
    while true {
      guard let line = terminal.readLine(prompt: style.bold(q.prompt) + " [\(ids[0])]: ") else { throw Wizard.aborted }
      let answer = line.trimmingCharacters()
      if answer.isEmpty, let first = BlueprintCatalog.all.first { return first }
      if let bp = BlueprintCatalog.blueprint(answer) { return bp }
      terminal.out(style.red("  ✗ ") + "'\(answer)' is not a blueprint; choose \(ids.joined(separator: " or "))")
    }
  }

  /// Asks every applicable question missing from `explicit`, with `remembered`
  /// values (an existing terraform.tfvars) or the blueprint's defaults in brackets.
  ///
  /// - Returns: the answers, and which questions were answered by typing rather
  ///   than by accepting the default (a typed answer weighs like a flag).
  func ask(blueprint: any Blueprint, explicit: RawAnswers, remembered: RawAnswers) throws
    -> (answers: RawAnswers, typed: Set<Question.Key>)
  {
    var answers = explicit
    var typed: Set<Question.Key> = []
    for q in Questions.all where q.key != .blueprint && Questions.applies(q.key, to: blueprint) {
      guard explicit.values[q.key] == nil else { continue }
      let fallback = remembered.values[q.key] ?? AnswerResolver.defaultValue(q.key, for: blueprint)
      let (value, wasTyped) = try ask(q, default: fallback)
      answers.values[q.key] = value
      if wasTyped { typed.insert(q.key) }
    }
    return (answers, typed)
  }

  private func ask(_ q: Question, default fallback: [String]?) throws -> (value: [String], typed: Bool) {
    terminal.out(style.dim("  " + q.hint))
    let suffix: String
    if q.isYesNo {
      suffix = fallback == ["false"] ? " [y/N] " : " [Y/n] "
    } else if q.isSecret {
      suffix = fallback != nil ? " [keep the existing one]: " : ": "
    } else if let fallback {
      let shown = fallback.joined(separator: ", ")
      suffix = " [\(shown.isEmpty ? "none" : shown)]: "
    } else {
      suffix = ": "
    }
    while true {
      let prompt = style.bold(q.prompt) + suffix
      guard let line = q.isSecret ? terminal.readSecret(prompt: prompt) : terminal.readLine(prompt: prompt) else {
        throw Wizard.aborted
      }
      let typed = line.trimmingCharacters()
      if typed.isEmpty, let fallback {
        if q.isList || !fallback.isEmpty || q.isOptional { return (fallback, false) }
      }
      if typed.isEmpty && !q.isOptional {
        terminal.out(style.red("  ✗ ") + "a value is required")
        continue
      }
      do {
        if q.isList { return (try q.validateList([typed]), true) }
        return ([try q.validate(typed)], true)
      } catch {
        terminal.out(style.red("  ✗ ") + error.message)
      }
    }
  }

  /// Asks for reference-architecture sizing and a remote state backend, unless
  /// flags chose them; an empty answer keeps the module's sizes or local state.
  func askDeployment(_ choices: inout DeploymentChoices) throws {
    if !choices.sizingGiven {
      choices.workload = try askChoice(
        "Workload to size for", Workload.allCases.map(\.rawValue), optional: true,
        hint: "node and database sizes from the W&B reference architecture; empty keeps the module's defaults")
    }
    if choices.workload != nil && choices.environment == nil {
      choices.environment = try askChoice(
        "Environment", Environment.allCases.map(\.rawValue), optional: false,
        hint: "prod: production sizes, deletion protection on; dev: test sizes, database and bucket can be destroyed")
    }
    guard !choices.backendGiven else { return }
    let required = choices.backend == "s3"
    choices.stateBucket = try askValue(
      "S3 bucket for the Terraform state", optional: !required, validate: Backend.validateBucket,
      hint: required
        ? "the existing bucket that holds the state (--backend s3)"
        : "an existing bucket keeps the state safe and shared; empty keeps a local state file (trials only)")
    if choices.stateBucket != nil && choices.lockTable == nil {
      choices.lockTable = try askValue(
        "DynamoDB table for state locking", validate: Backend.validateTable,
        hint: "empty locks with an S3 lock file instead (Terraform 1.10 or later)")
    }
  }

  private func askChoice(_ prompt: String, _ values: [String], optional: Bool, hint: String) throws -> String? {
    let choose = { (raw: String) throws(ValidationError) -> String in
      let value = raw.lowercased()
      guard values.contains(value) else {
        throw ValidationError("'\(raw)' is not one of \(values.joined(separator: ", "))")
      }
      return value
    }
    return try askValue("\(prompt) (\(values.joined(separator: ", ")))", optional: optional, validate: choose, hint: hint)
  }

  /// Asks one value with no flag-backed question behind it; nil when left empty (if optional).
  private func askValue(
    _ prompt: String, optional: Bool = true, validate: (String) throws(ValidationError) -> String, hint: String
  ) throws -> String? {
    terminal.out(style.dim("  " + hint))
    while true {
      guard let line = terminal.readLine(prompt: style.bold(prompt) + (optional ? " [none]: " : ": ")) else {
        throw Wizard.aborted
      }
      let typed = line.trimmingCharacters()
      if typed.isEmpty {
        if optional { return nil }
        terminal.out(style.red("  ✗ ") + "a value is required")
        continue
      }
      do {
        return try validate(typed)
      } catch {
        terminal.out(style.red("  ✗ ") + error.message)
      }
    }
  }

  /// Shows `question [Y/n]` and returns the answer; end of input is "no".
  func confirm(_ question: String) -> Bool {
    while true {
      guard let line = terminal.readLine(prompt: style.bold(question) + " [Y/n] ") else { return false }
      switch line.trimmingCharacters().lowercased() {
      case "", "y", "yes": return true
      case "n", "no": return false
      default: terminal.out(style.red("  ✗ ") + "answer y or n")
      }
    }
  }
}

extension String {
  /// Without surrounding blanks.
  func trimmingCharacters() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
