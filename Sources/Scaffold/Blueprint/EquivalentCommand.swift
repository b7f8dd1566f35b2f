/// The non-interactive `wbscaffold init` command line that reproduces a set of
/// answers: printed after a wizard run and kept in the generated README. It is
/// built from the blueprint's own questions, so it always names the flags `init`
/// accepts; it never holds a secret, which comes from the environment or a file.
public enum EquivalentCommand {
  /// The command for `answers` of `blueprint`, writing into `directory` (omitted when it is `.`).
  public static func line(answers a: Answers, blueprint: any Blueprint, directory: String) -> String {
    var parts = ["wbscaffold", "init"]
    if directory != "." { parts.append(quote(directory)) }
    parts += ["--non-interactive", "--blueprint", a.blueprint]
    for question in blueprint.questions where !question.isSecret {
      let values = a.strings(question.id)
      switch question.kind {
      case .toggle:
        guard let value = values.last else { continue }
        parts.append(value == "true" ? question.flag : "--no-\(question.id)")
      case .list:
        for value in values { parts += [question.flag, quote(value)] }
      default:
        guard let value = values.last, !value.isEmpty else { continue }
        parts += [question.flag, quote(value)]
      }
    }
    for (key, value) in a.pins.sorted(by: { $0.key < $1.key }) { parts += [blueprint.pinFlag(key), quote(value)] }
    return parts.joined(separator: " ")
  }

  /// Where the command's secrets come from, for the sentence beside it: "the
  /// license comes from WANDB_LICENSE or --license-file" on a line whose one
  /// secret is the license, else every secret's variable and flag; `code`
  /// formats a name (backticks in Markdown).
  public static func secretSources(of blueprint: any Blueprint, code: (String) -> String = { $0 }) -> String {
    let secrets = blueprint.questions.filter(\.isSecret)
    let sources = secrets.map { q in (q.environment.map { code($0) + " or " } ?? "") + code(q.flag) }
    if secrets.count == 1, secrets[0].id == CoreQuestions.license { return "the license comes from \(sources[0])" }
    return "the secrets come from " + sources.joined(separator: ", ")
  }

  /// The flags of the regenerate command in a README that `init` wrote, by
  /// question id (`--no-redis` gives `redis: ["false"]`); nil when there is none.
  public static func flags(inReadme bytes: [UInt8]) -> [String: [String]]? {
    let text = String(decoding: bytes, as: UTF8.self)
    // Any line ending: "\r\n" is one Character in Swift, so split on every newline.
    guard let line = text.split(whereSeparator: \.isNewline).last(where: { $0.hasPrefix("wbscaffold init ") })
    else { return nil }
    let words = split(String(line).trimmingBlanks)
    var flags: [String: [String]] = [:]
    var i = 2
    while i < words.count {
      let word = words[i]
      i += 1
      guard word.hasPrefix("--") else { continue }
      let name = String(word.dropFirst(2))
      if i < words.count, !words[i].hasPrefix("--") {
        flags[name, default: []].append(words[i])
        i += 1
      } else if name.hasPrefix("no-") {
        flags[String(name.dropFirst(3)), default: []].append("false")
      } else {
        flags[name, default: []].append("true")
      }
    }
    return flags
  }

  /// Splits a command line into words as a shell does for what `quote` writes.
  static func split(_ line: String) -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quoted = false
    var escaped = false
    for c in line {
      if escaped {
        word.append(c)
        escaped = false
      } else if quoted {
        if c == "'" { quoted = false } else { word.append(c) }
      } else if c == "'" || c == "\\" {
        quoted = c == "'"
        escaped = c == "\\"
        inWord = true
      } else if c == " " {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(c)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return words
  }

  /// Single-quotes a word when the shell would otherwise split or expand it.
  public static func quote(_ s: String) -> String {
    let safe = s.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=,@".contains($0) }
    return safe && !s.isEmpty ? s : "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
