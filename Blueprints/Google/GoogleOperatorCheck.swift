import HCL
import Scaffold

/// Inputs the google module still declares but the W&B operator ignores: from
/// 3.0.0 the operator deploys W&B Server and takes its version from W&B's release
/// channel, so `wandb_version` and `wandb_image` reach only a legacy deployment
/// scaled to zero. Setting them reads as a pin that pins nothing (a warning).
struct GoogleOperatorCheck: CheckRule {
  /// The inputs without effect under the operator.
  static let ineffective = ["wandb_version", "wandb_image"]

  func check(_ context: CheckContext, findings: inout FindingList) {
    for (call, release, _) in context.calls(to: GoogleLine.module) {
      guard let release, release.major >= GoogleLine.operatorMajor else { continue }
      for name in Self.ineffective {
        guard let argument = call.argument(name) else { continue }
        findings.add(
          .ineffectiveModuleArgument, .warning, in: argument.file, at: argument.attribute.nameToken,
          "\(call.name): \(name) has no effect on \(GoogleLine.module) \(release): the W&B operator manages the W&B Server version",
          hint: "remove it; pin or upgrade W&B in the W&B System Console (or the operator's UserSpec)")
      }
    }
  }
}

extension Finding.Rule {
  /// A module input that is declared but has no effect on the resolved release.
  static let ineffectiveModuleArgument = Finding.Rule("ineffective-module-argument")
}
