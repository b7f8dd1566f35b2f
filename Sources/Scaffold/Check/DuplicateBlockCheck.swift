import HCL

/// Top-level blocks Terraform refuses to see twice in one module: `resource`
/// and `data` blocks by type and name, `output` blocks by name, and `provider`
/// blocks by name and `alias`; and a second `required_providers` block anywhere in
/// the module's `terraform` blocks ("Duplicate required providers configuration").
/// (Variables and modules have their own checks.)
/// Also a `module`, `resource` or `data` block that sets both `count` and
/// `for_each`, which Terraform refuses too.
enum DuplicateBlockCheck {
  /// Reports each later duplicate, pointing at the first declaration.
  static func check(_ files: [ConfigurationFile], findings: inout FindingList) {
    var seen: [String: (file: ConfigurationFile, token: Int)] = [:]
    // Override files patch blocks declared elsewhere; they never duplicate them.
    for file in files where file.tree.isValid && (file.role == .configuration || file.role == .override) {
      for block in file.tree.body.blocks {
        if ["module", "resource", "data"].contains(block.type), block.body.attribute(named: "count") != nil,
          let forEach = block.body.attribute(named: "for_each")
        {
          findings.add(
            .countAndForEach, .error, in: file, at: forEach.nameToken,
            "\(block.type) \(block.labels.compactMap(\.value).map { "\"\($0)\"" }.joined(separator: " ")) sets both count and for_each; Terraform allows only one")
        }
        guard file.role == .configuration else { continue }
        if block.type == "terraform" {
          for list in block.body.blocks(ofType: "required_providers") {
            if let first = seen["required_providers"] {
              findings.add(
                .duplicateBlock, .error, in: file, at: list.typeToken,
                "required_providers is declared more than once; Terraform allows one per module (\"Duplicate required providers configuration\")",
                hint: "move these entries into the first, at \(first.file.path):\(first.file.position(ofToken: first.token))")
            } else {
              seen["required_providers"] = (file, list.typeToken)
            }
          }
        }
        guard let key = key(of: block, in: file) else { continue }
        if let first = seen[key.id] {
          findings.add(
            .duplicateBlock, .error, in: file, at: block.typeToken, "\(key.description) is declared more than once",
            hint: "first declared at \(first.file.path):\(first.file.position(ofToken: first.token))")
        } else {
          seen[key.id] = (file, block.typeToken)
        }
      }
    }
  }

  private static func key(of block: BlockSyntax, in file: ConfigurationFile) -> (id: String, description: String)? {
    let labels = block.labels.compactMap(\.value)
    guard labels.count == block.labels.count else { return nil }
    switch block.type {
    case "resource" where labels.count == 2, "data" where labels.count == 2:
      return ("\(block.type).\(labels[0]).\(labels[1])", "\(block.type) \"\(labels[0])\" \"\(labels[1])\"")
    case "output" where labels.count == 1:
      return ("output.\(labels[0])", "output \"\(labels[0])\"")
    case "provider" where labels.count == 1:
      var alias: String?
      if let attribute = block.body.attribute(named: "alias") {
        guard case .string(let name) = file.tree.constantValue(of: attribute.expression) else { return nil }
        alias = name
      }
      let shown = "provider \"\(labels[0])\"" + (alias.map { " with alias \"\($0)\"" } ?? "")
      return ("provider.\(labels[0]).\(alias ?? "")", shown)
    default:
      return nil
    }
  }
}
