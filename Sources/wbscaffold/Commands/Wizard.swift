import Blueprints
import Scaffold

/// The interactive part of `init`: asks, over a `Terminal`, for the cloud, the
/// module line and every question of that line that flags and the environment
/// did not answer, validating each answer at once with the question's own rules
/// and asking again until it is valid (or, for a value the line does not
/// support, until one it does).
struct Wizard {
  let terminal: any Terminal
  let style: Style

  /// End of input or a refused confirmation: nothing is written.
  static let aborted = CommandFailure(code: .failure, message: "no answer (end of input): nothing was written")

  /// Asks for the cloud, then its module line; `current` (the line the directory
  /// is on) is the default, else the cloud's current line.
  func blueprint(current: (any Blueprint)?) throws -> any Blueprint {
    let clouds = BlueprintCatalog.clouds
    var cloud = current?.cloud ?? clouds[0]
    if clouds.count > 1 {
      terminal.out(style.dim("  " + clouds.map { "\($0.id): \($0.name)" }.joined(separator: "; ")))
      let id = try choose("Cloud", clouds.map(\.id), default: cloud.id)
      cloud = clouds.first { $0.id == id } ?? cloud
    }
    let lines = BlueprintCatalog.blueprints(of: cloud)
    guard lines.count > 1 else { return lines[0] }
    for line in lines { terminal.out(style.dim("    \(line.id): \(line.summary)")) }
    let fallback = current.flatMap { c in lines.first { $0.id == c.id } } ?? lines[0]
    let id = try choose("Blueprint (module line)", lines.map(\.id), default: fallback.id)
    return lines.first { $0.id == id } ?? fallback
  }

  private func choose(_ prompt: String, _ ids: [String], default fallback: String) throws -> String {
    while true {
      guard let line = terminal.readLine(prompt: style.bold(prompt) + " [\(fallback)]: ") else { throw Wizard.aborted }
      let answer = line.trimmingCharacters().lowercased()
      if answer.isEmpty { return fallback }
      if ids.contains(answer) { return answer }
      terminal.out(style.red("  ✗ ") + "'\(answer)' is not one of \(ids.joined(separator: ", "))")
    }
  }

  /// Asks every question of `blueprint` that `explicit` does not answer, with
  /// `remembered` values (the directory's files) or the defaults in brackets.
  ///
  /// - Returns: only the answers typed; an accepted default stays a default.
  func ask(blueprint: any Blueprint, explicit: RawAnswers, remembered: RawAnswers) throws -> RawAnswers {
    var typed = RawAnswers()
    func known(_ id: String) -> [String]? {
      explicit.values[id] ?? typed.values[id] ?? remembered.values[id] ?? blueprint.question(id)?.defaultValue
    }
    for q in blueprint.questions where q.isAsked && explicit.values[q.id] == nil {
      // A required follow-up is asked whenever its prerequisite has a value; an
      // optional one only when the prerequisite was asked here, not given as a flag.
      if let after = q.askedAfter, known(after)?.isEmpty ?? true || (!q.requiredWhenAsked && explicit.values[after] != nil) {
        continue
      }
      if let needed = q.requires, known(needed)?.isEmpty ?? true { continue }
      let required = q.requiredWhen.map { known($0.question)?.last == $0.value } ?? false
      let askedRequired = q.askedAfter != nil && q.requiredWhenAsked
      let fallback = remembered.values[q.id] ?? (required || askedRequired ? nil : q.defaultValue)
      if let value = try ask(q, default: fallback, optional: q.isOptional && !required && !askedRequired, supported: { raw in
        blueprint.unsupported(q.id, raw)
      }) {
        typed.values[q.id] = value
      }
    }
    return typed
  }

  /// One question; nil when the default was accepted.
  private func ask(
    _ q: Question, default fallback: [String]?, optional: Bool, supported: (String) -> String?
  ) throws -> [String]? {
    terminal.out(style.dim("  " + q.hint))
    let suffix: String
    if q.isToggle {
      suffix = fallback == ["false"] ? " [y/N] " : " [Y/n] "
    } else if q.isSecret {
      suffix = fallback != nil ? " [keep the existing one]: " : ": "
    } else if let fallback {
      let shown = fallback.joined(separator: ", ")
      suffix = " [\(shown.isEmpty ? "none" : shown)]: "
    } else {
      suffix = optional ? " [none]: " : ": "
    }
    var label = q.prompt
    if case .choice(let values) = q.kind { label += " (\(values.joined(separator: ", ")))" }
    while true {
      let prompt = style.bold(label) + suffix
      guard let line = q.isSecret ? terminal.readSecret(prompt: prompt) : terminal.readLine(prompt: prompt) else {
        throw Wizard.aborted
      }
      let typed = line.trimmingCharacters()
      if typed.isEmpty {
        if fallback != nil { return nil }
        if optional { return [] }
        terminal.out(style.red("  ✗ ") + "a value is required")
        continue
      }
      do {
        let value = try q.validateAnswer([typed])
        if let problem = value.lazy.compactMap(supported).first {
          terminal.out(style.red("  ✗ ") + problem)
          continue
        }
        return value
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
