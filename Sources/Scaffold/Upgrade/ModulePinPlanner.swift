import HCL

/// Plans moving the `version` pins of the W&B module calls, with tfupdate's
/// conservative rules.
///
/// Only a `module` block whose `source` is a plain string naming the registry module
/// (`wandb/wandb/aws`, also written `registry.terraform.io/wandb/wandb/aws`, in any
/// letter case, never a submodule) is touched, and only its `version` argument when that
/// is a plain string literal (an override file's `version` for the same module counts
/// too). A missing `version` is reported, never added. Moving to another major version
/// needs `allowMajor`, and the plan then carries that major's requirements; moving to an
/// older release needs `allowDowngrade`.
struct ModulePinPlanner {
  let workspace: UpgradeWorkspace
  let catalog: ModuleCatalog
  let request: UpgradeRequest
  /// The major notes the line records.
  let notes: [MajorUpgradeNote]
  /// The module and majors whose edits the migration planner makes: an allowed move
  /// up to one of them shows its note's title and reference, not the list the edits
  /// carry out.
  var migrated: (module: String, majors: Set<Int>) = ("", [])

  /// The plan for one module, and the release the new constraint resolves to.
  struct Outcome: Sendable {
    var plan: PartialPlan
    var target: SemanticVersion
  }

  /// Plans moving every pin of `address` to `constraint`.
  ///
  /// - Throws: ``UpgradeRefusal/Kind/usage`` for a malformed or unresolvable constraint;
  ///   ``UpgradeRefusal/Kind/notFound``, ``UpgradeRefusal/Kind/missingPin``,
  ///   ``UpgradeRefusal/Kind/notALiteral``, ``UpgradeRefusal/Kind/majorUpgrade`` or
  ///   ``UpgradeRefusal/Kind/downgrade`` as described on the type.
  func plan(_ address: String, constraint raw: String, as target: UpgradeStep.Target) throws(UpgradeRefusal) -> Outcome {
    let text = VersionConstraint.trimmed(raw)
    let wanted: VersionConstraint
    do {
      wanted = try VersionConstraint(text)
    } catch {
      throw UpgradeRefusal(.usage, error.description)
    }
    guard let module = catalog.module(address) else {
      throw UpgradeRefusal(.internalError, "the module catalogue has no \(address)")
    }
    guard let release = wanted.resolve(in: module.releases) else {
      let newest = module.newestRelease.map { " (the newest is \($0))" } ?? ""
      throw UpgradeRefusal(.usage, "no release of \(address) matches \"\(text)\"\(newest)")
    }
    let calls = workspace.moduleCalls(to: address)
    guard !calls.isEmpty else {
      throw UpgradeRefusal(
        .notFound, "no module block has source = \"\(address)\"; there is no pin to move",
        hint: "run upgrade in the directory of the W&B configuration")
    }
    var plan = PartialPlan()
    var olds: [String] = []
    var changed = false
    var names: Set<String> = []
    for call in calls where names.insert(call.name).inserted {
      var callChanged = false
      let blocks = workspace.moduleBlocks(named: call.name)
      let pins = blocks.compactMap { block in block.block.body.attribute(named: "version").map { (block, $0) } }
      guard !pins.isEmpty else {
        throw UpgradeRefusal(
          .missingPin,
          "module \"\(call.name)\" has no version argument, so Terraform installs the newest \(module.shortName) release; wbscaffold never adds one",
          at: workspace.files[call.file].location(ofToken: call.block.typeToken),
          hint: "add `version = \"\(text)\"` to the module by hand if that is what you want")
      }
      for (block, pin) in pins {
        let file = workspace.files[block.file]
        let location = file.location(of: pin.expression)
        guard let range = file.tree.plainStringContents(of: pin.expression),
          case .string(let old)? = file.tree.constantValue(of: pin.expression)
        else {
          throw UpgradeRefusal(
            .notALiteral, "module \"\(call.name)\": version is not a plain string literal (\(file.tree.text(of: pin.expression)))",
            at: location, hint: "change the pin by hand")
        }
        if !olds.contains(old) { olds.append(old) }
        let current: VersionConstraint
        do {
          current = try VersionConstraint(old)
        } catch {
          throw UpgradeRefusal(.invalidConfiguration, "module \"\(call.name)\": \(error.description)", at: location)
        }
        guard current != wanted else { continue }
        let from = current.resolve(in: module.releases)
        plan.notes += try check(call.name, address, old: old, from: from, new: text, to: release, at: location)
        callChanged = true
        let edit = ByteEdit(range: range, text: StringLiteral.escape(text))
        let resolved = "\(module.shortName) \(from.map(\.description) ?? "none") -> \(release)"
        plan.edits.append(
          PendingEdit(
            path: file.path, edit: edit, anchor: .argument(module: call.name, name: "version", atName: false),
            expected: StringLiteral.quoted(text),
            summary: "module \"\(call.name)\": version \(StringLiteral.quoted(old)) -> \(StringLiteral.quoted(text)) (\(resolved))"))
      }
      changed = changed || callChanged
    }
    let from = olds.joined(separator: ", ")
    plan.steps.append(
      UpgradeStep(
        target: target, from: from, to: text, isAlreadyCurrent: !changed,
        message: changed
          ? "\(module.shortName) module: \(from) -> \(text) (\(release))"
          : "\(module.shortName) module is already at \(from) (\(release)); nothing to change"))
    return Outcome(plan: plan, target: release)
  }

  /// Refuses a major or downgrade move that was not allowed; returns the notes of an allowed one.
  private func check(
    _ name: String, _ address: String, old: String, from: SemanticVersion?, new: String, to: SemanticVersion,
    at location: UpgradeLocation
  ) throws(UpgradeRefusal) -> [Finding] {
    let downward = from.map { to < $0 } ?? false
    let crossesMajor = from.map { $0.major != to.major } ?? true
    let notes = MajorUpgradeNotes.planNotes(
      crossesMajor ? MajorUpgradeNotes.crossing(address, from: from, to: to, known: notes) : [], downward: downward, at: location)
    let fromText = from.map { "\($0) (\"\(old)\")" } ?? "\"\(old)\" (which matches no release)"
    let move = "module \"\(name)\": moving \(address) from \(fromText) to \(to) (\"\(new)\")"
    // Every flag the move needs is named at once, not one per run.
    let needsMajor = crossesMajor && !request.allowMajor
    let needsDowngrade = downward && !request.allowDowngrade
    if needsMajor || needsDowngrade {
      let what = [needsMajor ? "crosses a major version" : nil, needsDowngrade ? "is a downgrade" : nil].compactMap { $0 }
      let flags = [needsMajor ? "--allow-major" : nil, needsDowngrade ? "--allow-downgrade" : nil].compactMap { $0 }
      throw UpgradeRefusal(
        needsMajor ? .majorUpgrade : .downgrade, "\(move) \(what.joined(separator: " and ")); nothing was changed",
        at: location,
        hint: (needsMajor ? "read what each major requires (below), then pass " : "pass ")
          + flags.joined(separator: " and ") + (needsMajor ? "" : " if you really mean it")
          + (needsMajor && !downward && migrated.module == address && !migrated.majors.isEmpty
            ? ": wbscaffold then makes the edits it can and lists what is left" : ""),
        notes: notes)
    }
    if downward {
      return notes + [Finding(.downgrade, .warning, "\(move) is a downgrade: read the plan for destroyed resources", at: location)]
    }
    // The edits and the apply notes say what a migrated major takes; its title and reference stay.
    let crossed = crossesMajor ? MajorUpgradeNotes.crossing(address, from: from, to: to, known: self.notes) : []
    return zip(notes, crossed).map { finding, note in
      guard migrated.module == address, migrated.majors.contains(note.major) else { return finding }
      var short = finding
      short.notes = finding.notes.suffix(1)
      return short
    }
  }
}
