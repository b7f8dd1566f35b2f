import HCL
import Scaffold

@testable import wbscaffold

/// One small `check` run for the format tests: an error with a position, notes
/// and a hint, a warning about a whole file, a note about a file that was not
/// checked, and one file without findings, in the directory `infra`.
enum CheckReportFixture {
  static let error = Finding(
    .unknownModuleArgument, .error, path: "main.tf", position: SourcePosition(line: 4, column: 3),
    message: "module \"x\": argument \"create_elasticache_subnet\" is not an input of wandb/wandb/aws 2.0.0",
    hint: "did you mean \"create_elasticache\"?",
    notes: [Finding.Note("declared here", path: "variables.tf", position: SourcePosition(line: 2, column: 1))])
  static let warning = Finding(
    .unusedVariable, .warning, path: "variables.tf", position: nil, message: "variable \"spare\" is never used")
  static let note = Finding(
    .installedRelease, .note, path: ".terraform/modules/modules.json", position: nil,
    message: "module \"x\": checked against wandb/wandb/aws 2.0.0")

  static var report: CheckReport {
    CheckReport(
      directory: "infra", files: ["main.tf", "variables.tf", "terraform.tfvars"], findings: [note, error, warning])
  }
}
