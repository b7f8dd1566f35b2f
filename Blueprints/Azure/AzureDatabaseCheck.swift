import HCL
import Scaffold

/// The MySQL version of `wandb/wandb/azurerm`. Every release defaults
/// `database_version` to `"5.7"`, which W&B Server does not support (it needs
/// MySQL 8), and passes the value unchecked to the flexible server, whose API
/// takes only `5.7`, `8.0.21` and, from azurerm provider 4.55, `8.4`: anything
/// else (`"8.0"`, `"8.0.36"`) passes `validate` and fails at apply.
struct AzureDatabaseCheck: CheckRule {
  static let accepted = ["8.0.21", "8.4"]

  func check(_ context: CheckContext, findings: inout FindingList) {
    for (call, release, resolution) in context.calls(to: AzureLine.module)
    where resolution.interface?.declaresInput("database_version") == true {
      let label = release.map { "\(AzureLine.module) \($0)" } ?? AzureLine.module
      guard call.argument("database_version") != nil else {
        findings.add(
          .unsupportedDatabaseVersion, .error, in: call.file, at: call.block.typeToken,
          "\(call.name): database_version is not set, so \(label) creates MySQL 5.7, which W&B Server does not support",
          hint: "set database_version = \"\(AzureLine.mysqlVersion)\" (MySQL 8.0) in the module block")
        continue
      }
      guard let (value, file, token) = context.writtenValue("database_version", of: call), case .string(let text) = value
      else { continue }
      if text == "5.7" {
        findings.add(
          .unsupportedDatabaseVersion, .error, in: file, at: token,
          "\(call.name): database_version \"5.7\": W&B Server does not support MySQL 5.7",
          hint: "use \"\(AzureLine.mysqlVersion)\"; on an existing server this is an in-place major upgrade (7.9 and later) that cannot be rolled back, so back up first")
      } else if !Self.accepted.contains(text) {
        findings.add(
          .moduleArgumentValue, .error, in: file, at: token,
          "\(call.name): database_version \"\(text)\" is not a version the MySQL flexible server takes; the apply fails",
          hint: "use \"\(AzureLine.mysqlVersion)\" (MySQL 8.0), or \"8.4\" with the azurerm provider 4.55 or later")
      }
    }
  }
}

extension Finding.Rule {
  /// A database left on, or set to, a MySQL version W&B Server does not support.
  static let unsupportedDatabaseVersion = Finding.Rule("unsupported-database-version")
}

extension AzureDatabaseCheck {
  /// What its rules are about, for `check --format sarif`.
  static let ruleHelp: [Finding.Rule: RuleHelp] = [
    .unsupportedDatabaseVersion: RuleHelp(
      "A database on a MySQL version W&B Server does not support.",
      "The Azure module creates MySQL 5.7 unless database_version is set, and W&B Server needs MySQL 8.",
      "Set database_version to the MySQL 8 version the hint gives; on an existing server the change is a major upgrade that cannot be rolled back, so back up first."),
  ]
}
