import HCL
import Scaffold

/// The pieces of `main.tf` the operator-era cloud lines (google, azurerm) write
/// the same way: the resource labels, the kubernetes and helm providers over
/// one cluster access, the outputs, and the sizing written over the preset.
enum OperatorLineParts {
  /// `name = { namespace, managed-by, generated-by }`: the module's labels or tags.
  static func labels(_ name: String) -> Item {
    Attribute(
      name,
      .object([
        ObjectEntry("namespace", .reference("var.namespace")), ObjectEntry("managed-by", .string("terraform")),
        ObjectEntry("generated-by", .string("wbscaffold")),
      ]))
  }

  /// `provider "kubernetes"` and `provider "helm"` (2.x: a nested `kubernetes`
  /// block), both with `access`, each after a blank line.
  static func clusterProviders(_ access: [Item]) -> [Item] {
    [
      BlankLine, Block("provider", "kubernetes") { access },
      BlankLine, Block("provider", "helm") { Block("kubernetes") { access } },
    ]
  }

  /// `output "name"` passing the module's output of the same name on.
  static func output(_ name: String, _ description: String) -> Item {
    Block("output", name) {
      Attribute("description", .string(description))
      Attribute("value", .reference("module.wandb.\(name)"))
    }
  }

  /// The sizing's node and database types (``ReferenceSizing/overrides(_:)``)
  /// under the module's own input names, with `comment`, then deletion
  /// protection; after a blank line when there are any.
  static func sizing(_ a: Answers, node: String, database: String, comment: (String) -> String) -> [Item] {
    var items: [Item] = []
    if let (nodeType, databaseType, origin) = ReferenceSizing.overrides(a), nodeType != nil || databaseType != nil {
      items.append(Comment(comment(origin)))
      if let nodeType { items.append(Attribute(node, .string(nodeType))) }
      if let databaseType { items.append(Attribute(database, .string(databaseType))) }
    }
    items += BlueprintParts.deletionProtection(a)
    return items.isEmpty ? [] : [BlankLine] + items
  }
}
