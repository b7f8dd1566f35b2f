import HCL

/// Where a missing `wandb_version` goes, and the byte edits that add it.
extension WandbVersionPlanner {
  /// Whether a missing version goes into the module as a literal (else as a variable).
  func usesLiteralPlacement(for call: UpgradeWorkspace.ModuleBlock) -> Bool {
    switch request.placement {
    case .module: return true
    case .variable: return false
    case .automatic: return !Self.usesVariableStyle(call, in: workspace)
    }
  }

  /// Whether the directory keeps the app module's settings in variables: `wandb_version`
  /// is already assigned in a `.tfvars` file, or the module passes an argument as
  /// `var.NAME` where `variables.tf` declares NAME and `terraform.tfvars` assigns it.
  static func usesVariableStyle(_ call: UpgradeWorkspace.ModuleBlock, in workspace: UpgradeWorkspace) -> Bool {
    if !workspace.assignments(of: argument).isEmpty { return true }
    guard let variables = workspace.file(named: "variables.tf"), let values = workspace.terraformTfvars else {
      return false
    }
    let declared = Set(workspace.files[variables].tree.body.blocks(ofType: "variable").compactMap { $0.labels.first?.value })
    let assigned = Set(workspace.files[values].tree.body.attributes.map(\.name))
    return call.block.body.attributes.contains { attribute in
      guard let name = UpgradeWorkspace.variableName(of: attribute.expression) else { return false }
      return declared.contains(name) && assigned.contains(name)
    }
  }

  /// `variable "wandb_version" { ... }` after the last item of variables.tf (or of the
  /// file that declares variables; or a new variables.tf).
  func variableDeclaration() -> PendingEdit {
    let lines = [
      "variable \"\(Self.argument)\" {",
      "  type        = string",
      "  description = \(StringLiteral.quoted(Self.description))",
      "  default     = \(StringLiteral.quoted(WandbVersionLocator.implicitDefault))",
      "}",
    ]
    let anchor = ChangeAnchor.variable(Self.argument)
    let declared = "variable \"\(Self.argument)\" (type string, default \"\(WandbVersionLocator.implicitDefault)\")"
    let summary = "added " + declared
    let candidates = workspace.configurationFiles.filter {
      workspace.files[$0].role == .configuration(isOverride: false)
        && !workspace.files[$0].tree.body.blocks(ofType: "variable").isEmpty
    }
    guard let index = workspace.file(named: "variables.tf") ?? candidates.first else {
      let ending = workspace.preferredLineEnding
      return PendingEdit(
        path: workspace.directoryPrefix + "variables.tf",
        edit: ByteEdit(range: 0..<0, text: lines.map { $0 + ending }.joined()), anchor: anchor, expected: nil,
        summary: "new file: " + declared)
    }
    let tree = workspace.files[index].tree
    let edit =
      tree.body.items.last.flatMap {
        SourceEdits.inserting(lines, after: SourceEdits.tokens(of: $0).upperBound, in: tree, blankLineBefore: true)
      } ?? SourceEdits.appending(lines, to: tree, ending: tree.lineEnding(near: 0), blankLineBefore: true)
    return PendingEdit(path: workspace.files[index].path, edit: edit, anchor: anchor, expected: nil, summary: summary)
  }

  /// A new line in a module block: after the last single-line argument of its first run
  /// of arguments, else after `version` or `source`, else first in the block; with the
  /// indentation of the line it follows and the file's line ending.
  func moduleInsertion(_ line: String, into call: UpgradeWorkspace.ModuleBlock) throws(UpgradeRefusal) -> ByteEdit {
    let file = workspace.files[call.file]
    let tree = file.tree
    let block = call.block
    let unsupported = UpgradeRefusal(
      .unsupported, "module \"\(call.name)\" is written in a way wbscaffold does not insert into (a one-line block?)",
      at: file.location(ofToken: block.typeToken), hint: "add `\(line)` to the module by hand")
    let braceLine = tree.position(of: block.openBrace).line
    guard tree.position(of: block.closeBrace).line > braceLine else { throw unsupported }
    let anchor = SourceEdits.firstRun(of: block.body, in: tree)
      ?? [block.body.attribute(named: "version"), block.body.attribute(named: "source")]
      .compactMap { $0 }.first { SourceEdits.isSingleLine($0, in: tree) }
    if let anchor {
      let indent = SourceEdits.indentation(ofLineAt: Int(tree.tokens[anchor.nameToken].start), in: tree)
      let last = anchor.expression.tokens.upperBound - 1
      if let edit = SourceEdits.inserting([indent + line], after: last, in: tree, blankLineBefore: false) {
        return edit
      }
    }
    let indent = SourceEdits.indentation(ofLineAt: Int(tree.tokens[block.typeToken].start), in: tree) + "  "
    guard let edit = SourceEdits.inserting([indent + line], after: block.openBrace, in: tree, blankLineBefore: false)
    else { throw unsupported }
    return edit
  }
}
