import HCL

/// The values a step writes and how its change lines show them: a renamed input's
/// value, a provider argument's value re-indented for the module, and what is too
/// secret to print.
extension MigrationPlanner {
  /// An argument's value as text whose later lines are relative to the argument's own
  /// indentation (as ``SourceEdits/insertingAttribute(_:value:into:after:startsGroup:in:)``
  /// takes it), with `\n` line breaks.
  static func argumentValue(_ attribute: AttributeSyntax, in tree: SyntaxTree) -> String {
    // The first line starts at the value's first token, so it never starts with the indentation.
    let indent = SourceEdits.indentation(ofLineAt: Int(tree.tokens[attribute.nameToken].start), in: tree)
    return SourceEdits.lines(tree.byteRange(of: attribute.expression.tokens), in: tree, removing: indent).joined(separator: "\n")
  }

  /// A value for a change line: as written on one line, else its first and last lines.
  static func shown(_ value: String) -> String {
    let lines = value.split(separator: "\n")
    guard lines.count > 1, let first = lines.first, let last = lines.last else { return value }
    return "\(first) ... \(last.trimmingPrefix(while: { $0 == " " }))"
  }

  /// A value as a change line shows it: references, numbers and bools as written, a
  /// string (which may be a secret) as "a string, not shown".
  static func displayed(_ value: String) -> String {
    let tree = SyntaxTree("x = " + value + "\n")
    switch tree.body.attributes.first?.expression.kind {
    case .template?: return "(a string, not shown)"
    default: return shown(value)
    }
  }

  /// Whether an expression is a plain reference such as `var.license` (safe to show).
  static func isReference(_ text: String) -> Bool {
    let tree = SyntaxTree("x = " + text + "\n")
    guard let attribute = tree.body.attributes.first else { return false }
    switch attribute.expression.kind {
    case .getAttribute, .variable: return true
    default: return false
    }
  }

  /// The value a renamed input's new names get: the old expression, or for a total
  /// split per zone, the constant divided by the number of zones the call uses.
  func renamedValue(_ rename: InputRename, _ attribute: AttributeSyntax, in block: UpgradeWorkspace.ModuleBlock)
    -> (value: String, how: String?)
  {
    let tree = workspace.files[block.file].tree
    let text = Self.argumentValue(attribute, in: tree)
    guard let split = rename.perZone, case .number(let written)? = tree.constantValue(of: attribute.expression),
      let total = Int(written)
    else { return (text, nil) }
    var zones = split.defaultZones
    for list in split.zoneLists {
      // The block that sets it last wins, as an override file's does.
      guard let (file, value) = workspace.moduleBlocks(named: block.name).compactMap({ other in
        other.block.body.attribute(named: list).map { (other.file, $0) }
      }).last
      else { continue }
      // A number of zones written as a number counts as it is.
      if case .number(let count)? = workspace.files[file].tree.constantValue(of: value.expression), let count = Int(count), count > 0 {
        zones = count
        break
      }
      // A list only known at plan time: the number of zones is not known; keep the total.
      guard case .list(let items)? = workspace.files[file].tree.constantValue(of: value.expression) else {
        return (text, "the number of zones is only known at plan time: the total is kept, adjust it")
      }
      // An empty list is the module's "not given" (a VPC of its own), not zero zones.
      if !items.isEmpty {
        zones = items.count
        break
      }
    }
    let each = max(1, (total + zones - 1) / max(1, zones))
    let how = "\(total) over \(zones) zones" + (each * zones == total ? "" : ", rounded up to \(each) each (\(each * zones) in all)")
    return (String(each), how)
  }
}
