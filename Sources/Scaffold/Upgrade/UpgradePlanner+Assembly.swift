import HCL

/// Applying the planned edits file by file, reading each back from the new bytes, and
/// re-reading the whole directory to confirm it says what was asked.
extension UpgradePlanner {
  /// Applies the edits file by file and locates every change in the new bytes.
  func assemble(_ edits: [PendingEdit], in workspace: UpgradeWorkspace) throws(UpgradeRefusal) -> [UpgradePlan.File] {
    var paths: [String] = []
    for path in workspace.files.map(\.path) + edits.map(\.path) where !paths.contains(path) {
      if edits.contains(where: { $0.path == path }) { paths.append(path) }
    }
    var out: [UpgradePlan.File] = []
    for path in paths {
      let existing = workspace.files.first { $0.path == path }
      let original = existing?.bytes ?? []
      let mine = edits.filter { $0.path == path }
      let updated: [UInt8]
      do {
        updated = try SourceEdits.apply(mine.map(\.edit), to: original)
      } catch {
        throw UpgradeRefusal(.internalError, "the planned edits of \(path) could not be applied (\(error)); nothing was changed")
      }
      guard updated != original else { continue }
      let tree = SyntaxTree(updated)
      var changes: [UpgradeChange] = []
      for edit in mine {
        changes.append(try readBack(edit, in: tree, shiftedBy: mine.map(\.edit), original: original))
      }
      changes.sort { $0.location.position < $1.location.position }
      out.append(UpgradePlan.File(path: path, original: original, updated: updated, isNew: existing == nil, changes: changes))
    }
    return out
  }

  /// Finds an edit in the new tree, checks its value and returns its change line.
  func readBack(_ edit: PendingEdit, in tree: SyntaxTree, shiftedBy edits: [ByteEdit], original: [UInt8]) throws(UpgradeRefusal)
    -> UpgradeChange
  {
    var token: Int?
    var text: String?
    switch edit.anchor {
    case .original(let offset):
      // Past the edits before it; a formatted file moves only blanks, so the line holds.
      let shift = edits.filter { $0.range.upperBound <= offset && $0 != edit.edit }.reduce(0) {
        $0 + $1.replacement.count - $1.range.count
      }
      // Located in the spliced bytes, before formatting: fmt moves blanks, never lines.
      let spliced = ByteEdit.apply(edits, to: original)
      let position = LineTable(spliced).position(of: min(spliced.count, max(0, offset + shift)))
      return UpgradeChange(location: UpgradeLocation(path: edit.path, position: position), summary: edit.summary)
    case .argument(let module, let name, let atName):
      let body = module.map { tree.body.blocks(ofType: "module", label: $0).first?.body } ?? tree.body
      if let attribute = body?.attribute(named: name) {
        token = atName ? attribute.nameToken : attribute.expression.tokens.lowerBound
        text = tree.text(of: attribute.expression)
      }
    case .variable(let name):
      token = tree.body.blocks(ofType: "variable", label: name).first?.typeToken
    }
    guard let token, edit.expected == nil || text == edit.expected else {
      throw UpgradeRefusal(
        .internalError, "the planned edit of \(edit.path) (\(edit.summary)) did not read back; nothing was changed")
    }
    return UpgradeChange(location: UpgradeLocation(path: edit.path, position: tree.position(of: token)), summary: edit.summary)
  }

  /// Re-reads the whole directory as it would be (`sources`) and checks that it now
  /// says what was asked.
  func confirm(_ sources: [UpgradeSourceFile], request: UpgradeRequest, tag: WandbImageTag?, line: UpgradeLine)
    throws(UpgradeRefusal)
  {
    let failure = UpgradeRefusal(.internalError, "the upgraded files do not read back as requested; nothing was changed")
    let after: UpgradeWorkspace
    do {
      after = try UpgradeWorkspace(sources)
    } catch {
      throw failure
    }
    if let tag {
      let finding: WandbVersionLocator.Occurrences
      let value: String?
      do {
        finding = try WandbVersionLocator(workspace: after).locate()
        value = try WandbVersionLocator.agreedValue(finding, in: after)
      } catch {
        throw failure
      }
      let implicit = WandbVersionLocator.implicitDefault
      let effective = finding.modulesWithout.isEmpty ? value ?? implicit : implicit
      guard effective == tag.description else { throw failure }
    }
    let moves = [
      (line.module, request.moduleVersion), (line.appModule ?? WandbVersionLocator.appModule, request.kubernetesModuleVersion),
    ]
    for case (let address, let raw?) in moves {
      guard let wanted = try? VersionConstraint(VersionConstraint.trimmed(raw)) else { throw failure }
      for call in after.moduleCalls(to: address) {
        for block in after.moduleBlocks(named: call.name) {
          guard let pin = block.block.body.attribute(named: "version") else { continue }
          guard case .string(let text)? = after.files[block.file].tree.constantValue(of: pin.expression),
            (try? VersionConstraint(text)) == wanted
          else { throw failure }
        }
      }
    }
  }
}
