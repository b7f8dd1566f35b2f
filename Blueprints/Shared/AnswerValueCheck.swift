import HCL
import Scaffold

/// The values `init` validates, validated the same way where a directory writes
/// them: a tfvars value a blueprint's question reads back (`namespace`, `region`,
/// `zone_id`, `project_id`, CIDRs...) goes through that question's own validator,
/// so a namespace too long for the line's resource names or `US-EAST-1` is
/// reported by `check` in the words `init` uses, with the same fix. One rule per
/// value, defined once in the blueprint.
///
/// A directory is judged by the blueprint whose module it calls on that
/// blueprint's major line. Findings are warnings (the value may still plan), and
/// a place another rule already reported is left to that rule.
struct AnswerValueCheck: CheckRule {
  /// The blueprints whose questions judge the values.
  let blueprints: [any Blueprint]

  func check(_ context: CheckContext, findings: inout FindingList) {
    for blueprint in blueprints where applies(blueprint, to: context) {
      var reported = Set(findings.findings.compactMap { f in f.position.map { "\(f.path ?? ""):\($0)" } })
      for question in blueprint.questions where !question.isSecret && !question.isToggle {
        for case .tfvars(let name) in question.remembered {
          guard let (value, file, token) = context.tfvarsValue(name) else { continue }
          let position = file.position(ofToken: token)
          guard !reported.contains("\(file.path):\(position)") else { continue }
          // An empty value of an optional question is no answer (a module default such as bucket_name = "").
          for raw in Self.texts(value) where !(question.isOptional && raw.isEmpty) {
            do {
              _ = try question.validator(raw)
            } catch {
              findings.add(
                .answerValue, .warning, in: file, at: token, "\(name): \(error.message)",
                hint: "wbscaffold init refuses this value of \(question.flag) on blueprint \(blueprint.id)")
              reported.insert("\(file.path):\(position)")
              break
            }
          }
        }
      }
    }
  }

  /// Whether the directory calls `blueprint`'s module on its major line.
  private func applies(_ blueprint: any Blueprint, to context: CheckContext) -> Bool {
    let calls = context.calls(to: blueprint.moduleSource)
    guard !calls.isEmpty, let pin = blueprint.defaultPins[.module], let constraint = try? VersionConstraint(pin),
      let line = context.catalog.module(blueprint.moduleSource)?.resolve(constraint).release
    else { return false }
    return calls.contains { $0.release?.major == line.major }
  }

  /// The texts a question would have been given for `value`.
  private static func texts(_ value: Value) -> [String] {
    switch value {
    case .string(let s): return [s]
    case .number(let n): return [n]
    case .list(let items): return items.compactMap { if case .string(let s) = $0 { s } else { nil } }
    default: return []
    }
  }
}

extension Finding.Rule {
  /// A written value that `init` would refuse for the line's question.
  static let answerValue = Finding.Rule("answer-value")
}

extension AnswerValueCheck {
  /// What its rules are about, for `check --format sarif`.
  static let ruleHelp: [Finding.Rule: RuleHelp] = [
    .answerValue: RuleHelp(
      "A value that wbscaffold init would refuse.",
      "The value is written in the configuration, but it fails the validation init applies to the same answer (a CIDR, a domain, a name).",
      "Correct the value; the message gives init's rule."),
  ]
}
