import HCL
import Scaffold

/// Inputs a module still declares but the W&B operator ignores: once the
/// operator deploys W&B Server (google 3.0.0, azurerm 2.0.0) it takes the
/// version from W&B's release channel, so `wandb_version` and `wandb_image`
/// reach at most a legacy deployment scaled to zero, or nothing at all. Setting
/// them reads as a pin that pins nothing (a warning).
struct OperatorVersionCheck: CheckRule {
  /// The inputs without effect under the operator.
  static let ineffective = ["wandb_version", "wandb_image"]

  /// Each module, with the first major of its operator era.
  let modules: [(module: String, operatorMajor: Int)]

  func check(_ context: CheckContext, findings: inout FindingList) {
    for (module, operatorMajor) in modules {
      for (call, release, _) in context.calls(to: module) {
        guard let release, release.major >= operatorMajor else { continue }
        for name in Self.ineffective {
          guard let argument = call.argument(name) else { continue }
          findings.add(
            .ineffectiveModuleArgument, .warning, in: argument.file, at: argument.attribute.nameToken,
            "\(call.name): \(name) has no effect on \(module) \(release): the W&B operator manages the W&B Server version",
            hint: "remove it; pin or upgrade W&B in the W&B System Console (or the operator's UserSpec)")
        }
      }
    }
  }
}

extension Finding.Rule {
  /// A module input that is declared but has no effect on the resolved release.
  static let ineffectiveModuleArgument = Finding.Rule("ineffective-module-argument")
}

extension OperatorVersionCheck {
  /// What its rules are about, for `check --format sarif`.
  static let ruleHelp: [Finding.Rule: RuleHelp] = [
    .ineffectiveModuleArgument: RuleHelp(
      "A module argument that has no effect on the resolved release.",
      "The input is still declared, but the release ignores it, so setting it changes nothing.", "Remove the argument, or pin a release that uses it."),
  ]
}
