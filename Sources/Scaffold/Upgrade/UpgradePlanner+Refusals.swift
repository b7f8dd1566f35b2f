import HCL

/// What `upgrade` refuses before it plans anything: JSON files it cannot edit, and
/// `wandb_version` on a line where the W&B operator manages it.
extension UpgradePlanner {
  func refuseJSON(in workspace: UpgradeWorkspace, mentioning text: String) throws(UpgradeRefusal) {
    guard let index = workspace.jsonFiles(mentioning: text).first else { return }
    throw UpgradeRefusal(
      .unsupported, "\(workspace.files[index].name) mentions \(text); JSON configuration files are not edited",
      at: UpgradeLocation(path: workspace.files[index].path, position: SourcePosition(line: 1, column: 1)),
      hint: "make the change by hand")
  }

  /// Refuses `wandb_version` when the line's module is (or is being moved to) a
  /// release of the operator era.
  func refuseOperatorLine(in workspace: UpgradeWorkspace, line: UpgradeLine, target: SemanticVersion?)
    throws(UpgradeRefusal)
  {
    guard let module = catalog.module(line.module) else { return }
    let appModule = line.appModule ?? WandbVersionLocator.appModule
    for call in workspace.moduleCalls(to: line.module) {
      // The last `version` wins: an override file's replaces the primary block's.
      let pinned = workspace.moduleBlocks(named: call.name).compactMap { block in
        block.block.body.attribute(named: "version").map { (file: workspace.files[block.file], attribute: $0) }
      }.last
      var release = target
      var written = "no version argument: the newest release"
      if release == nil {
        if let pinned {
          guard case .string(let text)? = pinned.file.tree.constantValue(of: pinned.attribute.expression),
            let constraint = try? VersionConstraint(text)
          else { continue }
          release = constraint.resolve(in: module.releases)
          written = "version \(StringLiteral.quoted(text))"
        } else {
          release = module.newestRelease
        }
      } else {
        written = "after the requested --module-version"
      }
      guard let release, release.major >= (line.operatorMajor ?? 0) else { continue }
      var notes: [Finding] = []
      for app in workspace.moduleCalls(to: appModule) {
        notes.append(
          Finding(
            .preOperatorModule, .warning, "module \"\(app.name)\" (\(appModule)) belongs to the pre-operator line and must be removed",
            at: workspace.files[app.file].location(ofToken: app.block.typeToken),
            details: ["see \(line.operatorMigrationReference)"]))
      }
      let era = line.operatorMajor.map { "from \($0).0" } ?? "on this line"
      throw UpgradeRefusal(
        .operatorManaged,
        "module \"\(call.name)\" uses \(line.module) \(release) (\(written)): \(era) the W&B operator deploys W&B Server, "
          + "so its version is not set in Terraform; nothing was changed",
        at: pinned.map { $0.file.location(of: $0.attribute.expression) }
          ?? workspace.files[call.file].location(ofToken: call.block.typeToken),
        hint: "pin or upgrade W&B Server in the W&B System Console (Disable Auto Upgrades; operator 1.13.0 or later)",
        notes: notes)
    }
  }
}
