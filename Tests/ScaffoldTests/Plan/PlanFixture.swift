import Foundation
import _TestSupport

/// The hand-written plan documents in `Fixtures/`, written from terraform's
/// documented JSON output format (`terraform show -json PLANFILE`, format 1.2).
enum PlanFixture {
  /// `Tests/ScaffoldTests/Plan/Fixtures`.
  static let directory = BuiltTool.packageRoot.appendingPathComponent("Tests/ScaffoldTests/Plan/Fixtures")

  /// The bytes of `Fixtures/<name>.json`.
  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: directory.appendingPathComponent(name + ".json")))
  }

  /// A plan document around `resourceChanges` (the JSON text of its array elements).
  static func plan(_ resourceChanges: [String], extra: String = "") -> [UInt8] {
    Array(
      """
      {"format_version": "1.2", "terraform_version": "1.11.4", "planned_values": {"root_module": {}},
       "resource_changes": [\(resourceChanges.joined(separator: ","))]\(extra)}
      """.utf8)
  }

  /// One `resource_changes` element.
  static func change(
    _ address: String, module: String? = nil, type: String, name: String = "this", actions: [String], reason: String? = nil,
    replacePaths: String? = nil, deposed: String? = nil
  ) -> String {
    var members = [
      "\"address\": \"\(address.replacingOccurrences(of: "\"", with: "\\\""))\"", "\"mode\": \"managed\"", "\"type\": \"\(type)\"",
      "\"name\": \"\(name)\"",
    ]
    if let module { members.append("\"module_address\": \"\(module.replacingOccurrences(of: "\"", with: "\\\""))\"") }
    let actionList = actions.map { "\"\($0)\"" }.joined(separator: ", ")
    members.append(
      "\"change\": {\"actions\": [\(actionList)], \"before\": {}, \"after\": null" + (replacePaths.map { ", \"replace_paths\": \($0)" } ?? "")
        + "}")
    if let reason { members.append("\"action_reason\": \"\(reason)\"") }
    if let deposed { members.append("\"deposed\": \"\(deposed)\"") }
    return "{" + members.joined(separator: ", ") + "}"
  }
}
