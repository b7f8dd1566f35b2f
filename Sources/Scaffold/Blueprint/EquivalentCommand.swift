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

  /// Single-quotes a word when the shell would otherwise split or expand it.
  public static func quote(_ s: String) -> String {
    let safe = s.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=,@".contains($0) }
    return safe && !s.isEmpty ? s : "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
