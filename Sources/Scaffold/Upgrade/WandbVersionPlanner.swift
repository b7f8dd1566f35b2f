import HCL

/// Plans the `wandb_version` part of an upgrade on the legacy line (aws < 4.0 with a
/// `wandb/wandb/kubernetes` app module).
///
/// - An existing value is changed by replacing the bytes of each of its string literals
///   (the module literal, or every `.tfvars` assignment of the variable it reads).
/// - A module that reads `var.NAME` with no `.tfvars` value gets `NAME = "X"` in
///   terraform.tfvars (created when missing).
/// - A module without `wandb_version` gets it, in the module or as a variable, following
///   ``WandbVersionPlacement``.
struct WandbVersionPlanner {
  let workspace: UpgradeWorkspace
  let target: WandbImageTag
  let request: UpgradeRequest

  static let argument = WandbVersionLocator.argument
  static let description = "W&B Server image tag (wandb/local); bump it with `wbscaffold upgrade`."

  /// Plans the edits.
  ///
  /// - Throws: a refusal when there is no app module, the value cannot be bumped safely,
  ///   the places disagree, or the change is a downgrade that was not allowed.
  func plan() throws(UpgradeRefusal) -> PartialPlan {
    let finding = try WandbVersionLocator(workspace: workspace).locate()
    guard let primary = finding.appModules.first else {
      throw UpgradeRefusal(
        .notFound, "no module calls \(WandbVersionLocator.appModule), which runs W&B Server and holds wandb_version",
        hint: "run upgrade in the directory of the W&B configuration (the one with module \"wandb_app\")")
    }
    let agreed = try WandbVersionLocator.agreedValue(finding, in: workspace)
    let isAbsent = !finding.modulesWithout.isEmpty
    let current = isAbsent ? WandbVersionLocator.implicitDefault : agreed ?? WandbVersionLocator.implicitDefault
    var plan = PartialPlan()
    let targetText = target.description
    if current == targetText {
      let message =
        isAbsent
        ? "wandb_version is not set, so the module default \(current) applies; nothing to change"
        : "wandb_version is already \(current); nothing to change"
      plan.steps.append(UpgradeStep(target: .wandbVersion, from: current, to: targetText, isAlreadyCurrent: true, message: message))
      return plan
    }
    let site = finding.sites.first.map { workspace.files[$0.file].location(of: $0.attribute.expression) }
    let here = site ?? workspace.files[primary.file].location(ofToken: primary.block.typeToken)
    plan.notes += try directionNotes(from: current, wasSet: !isAbsent, at: here)
    if isAbsent {
      guard Set(finding.appModules.map(\.name)).count == 1 else {
        throw UpgradeRefusal(
          .unsupported, "several modules call \(WandbVersionLocator.appModule) and none sets wandb_version",
          at: workspace.files[primary.file].location(ofToken: primary.block.typeToken),
          hint: "add wandb_version to the right module by hand")
      }
      plan.edits += try addVersion(to: primary, finding: finding)
    } else {
      plan.edits += replacements(finding.sites.filter(\.isEditable))
      for name in finding.unassignedVariables {
        plan.edits.append(assignment(of: name))
      }
    }
    if !isAbsent || usesLiteralPlacement(for: primary) {
      for (index, attribute) in finding.unusedAssignments {
        plan.notes.append(
          Finding(
            .unusedWandbVersion, .note, "\(workspace.files[index].name) sets \(Self.argument), but no module reads var.\(Self.argument); left as is",
            at: workspace.files[index].location(of: attribute.expression)))
      }
    }
    let from = isAbsent ? "not set (module default \(current))" : current
    plan.steps.append(
      UpgradeStep(
        target: .wandbVersion, from: isAbsent ? nil : current, to: targetText, isAlreadyCurrent: false,
        message: "wandb_version: \(from) -> \(targetText)"))
    return plan
  }

  // MARK: - Direction

  /// Refuses a downgrade unless allowed; returns the cautions for the change.
  ///
  /// Release to older release is a downgrade. `latest` to a release is not (the running
  /// version is unknown, so it gets a warning instead); a release to `latest` is an
  /// upgrade. A current value that is not a version cannot be compared, so replacing it
  /// needs `allowDowngrade` as well.
  private func directionNotes(from current: String, wasSet: Bool, at location: UpgradeLocation) throws(UpgradeRefusal)
    -> [Finding]
  {
    switch (WandbImageTag.reading(current), target) {
    case (_, .latest):
      return [
        Finding(
          .wandbVersionLatest, .note, "latest follows every new W&B Server release whenever the pods restart; pin a release for repeatable deployments")
      ]
    case (.latest?, .release(let version)):
      return [
        Finding(
          .wandbVersionLatest, .warning,
          "wandb_version was \(wasSet ? "latest" : "not set (latest)"): if the running W&B Server is newer than \(version), pinning \(version) rolls it back; check the version in the System Console first",
          at: location)
      ]
    case (.release(let old)?, .release(let new)):
      guard new < old else { return [] }
      guard request.allowDowngrade else {
        throw UpgradeRefusal(
          .downgrade, "\(new) is older than the current wandb_version \(old); nothing was changed", at: location,
          hint: "pass --allow-downgrade if you really mean to run an older W&B Server")
      }
      return [
        Finding(
          .downgrade, .warning,
          "downgrading W&B Server from \(old) to \(new): database migrations are not rolled back; have a backup to restore",
          at: location)
      ]
    case (nil, .release(let new)):
      guard request.allowDowngrade else {
        throw UpgradeRefusal(
          .downgrade, "the current wandb_version \"\(current)\" is not a W&B version, so \(new) cannot be checked to be newer",
          at: location, hint: "pass --allow-downgrade to replace it anyway")
      }
      return [Finding(.downgrade, .warning, "replacing wandb_version \"\(current)\", which is not a W&B version, with \(new)", at: location)]
    }
  }

  // MARK: - Edits

  /// Replaces the literal of each site.
  private func replacements(_ sites: [WandbVersionLocator.Site]) -> [PendingEdit] {
    var edits: [PendingEdit] = []
    for site in sites where site.value != target.description {
      let file = workspace.files[site.file]
      guard let edit = SourceEdits.replacingContents(of: site.attribute.expression, in: file.tree, with: target.description)
      else { continue }
      let old = file.tree.text(of: site.attribute.expression)
      let new = StringLiteral.quoted(target.description)
      let (module, prefix): (String?, String) =
        if case .moduleArgument(let name) = site.kind { (name, "module \"\(name)\": ") } else { (nil, "") }
      edits.append(
        PendingEdit(
          path: file.path, edit: edit, anchor: .argument(module: module, name: site.attribute.name, atName: false),
          expected: new, summary: "\(prefix)\(site.attribute.name) \(old) -> \(new)"))
    }
    return edits
  }

  /// A new line `name = "X"` after the last item of terraform.tfvars (a new file when
  /// there is no terraform.tfvars).
  private func assignment(of name: String) -> PendingEdit {
    let line = "\(name) = \(StringLiteral.quoted(target.description))"
    let anchor = ChangeAnchor.argument(module: nil, name: name, atName: true)
    guard let index = workspace.terraformTfvars else {
      let ending = workspace.preferredLineEnding
      return PendingEdit(
        path: workspace.directoryPrefix + "terraform.tfvars", edit: ByteEdit(range: 0..<0, text: line + ending),
        anchor: anchor, expected: StringLiteral.quoted(target.description), summary: "new file: \(line)")
    }
    let file = workspace.files[index]
    let edit: ByteEdit
    if let last = file.tree.body.items.last,
      let inserted = SourceEdits.inserting([line], after: SourceEdits.tokens(of: last).upperBound, in: file.tree, blankLineBefore: false)
    {
      edit = inserted
    } else {
      edit = SourceEdits.appending([line], to: file.tree, ending: file.tree.lineEnding(near: 0), blankLineBefore: false)
    }
    return PendingEdit(
      path: file.path, edit: edit, anchor: anchor, expected: StringLiteral.quoted(target.description),
      summary: "added \(line)")
  }

  /// Adds `wandb_version` to an app module that has none.
  private func addVersion(to call: UpgradeWorkspace.ModuleBlock, finding: WandbVersionLocator.Occurrences)
    throws(UpgradeRefusal) -> [PendingEdit]
  {
    let file = workspace.files[call.file]
    if usesLiteralPlacement(for: call) {
      let value = StringLiteral.quoted(target.description)
      let edit = try moduleInsertion("\(Self.argument) = \(value)", into: call)
      return [
        PendingEdit(
          path: file.path, edit: edit, anchor: .argument(module: call.name, name: Self.argument, atName: true),
          expected: value, summary: "module \"\(call.name)\": added \(Self.argument) = \(value)")
      ]
    }
    var edits: [PendingEdit] = []
    if workspace.variableDeclarations(named: Self.argument).isEmpty { edits.append(variableDeclaration()) }
    var existing: [(file: Int, attribute: AttributeSyntax)] = []
    for (index, attribute) in finding.unusedAssignments {
      guard workspace.files[index].tree.plainStringContents(of: attribute.expression) != nil else {
        throw UpgradeRefusal(
          .notALiteral, "\(Self.argument) in \(workspace.files[index].name) is not a plain string literal",
          at: workspace.files[index].location(of: attribute.expression),
          hint: "write it as a plain string such as \"0.58.1\", or change it by hand")
      }
      existing.append((index, attribute))
    }
    if existing.isEmpty {
      edits.append(assignment(of: Self.argument))
    } else {
      let sites = existing.map {
        WandbVersionLocator.Site(
          kind: .variableValue(Self.argument), file: $0.file, attribute: $0.attribute,
          value: workspace.files[$0.file].tree.constantValue(of: $0.attribute.expression).flatMap {
            if case .string(let s) = $0 { s } else { nil }
          } ?? "")
      }
      edits += replacements(sites)
    }
    let reference = "var.\(Self.argument)"
    edits.append(
      PendingEdit(
        path: file.path, edit: try moduleInsertion("\(Self.argument) = \(reference)", into: call),
        anchor: .argument(module: call.name, name: Self.argument, atName: true), expected: reference,
        summary: "module \"\(call.name)\": added \(Self.argument) = \(reference)"))
    return edits
  }
}
