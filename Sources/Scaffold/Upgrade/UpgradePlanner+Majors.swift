import HCL

/// Moves across module majors: the stops from the current release, the edits of one
/// step, and the runs still to make after it.
extension UpgradePlanner {
  /// The runs after the first step of `path`: each later module step, with the
  /// Kubernetes minors the cluster must reach before it (on the release before).
  func nextSteps(after path: MigrationPath, line: UpgradeLine, in workspace: UpgradeWorkspace) -> [UpgradeNextStep] {
    var out: [UpgradeNextStep] = []
    var cluster = line.clusterVersion.flatMap { facts in
      ClusterVersionPlanner(workspace: workspace, facts: facts, module: line.module, release: nil).current()?.version
    }
    for step in path.steps.dropFirst() {
      if let facts = line.clusterVersion, let current = cluster, let lowest = facts.support(for: step.release)?.lowest,
        current < lowest, current.major == lowest.major
      {
        for minor in (current.minor + 1)...lowest.minor {
          out.append(.clusterVersion(option: facts.flag, version: "\(current.major).\(minor)"))
        }
        cluster = lowest
      }
      out.append(.module(constraint: step.constraint, release: step.release))
    }
    return out
  }

  /// The steps of a move across several majors, as a note.
  static func stepsNote(_ path: MigrationPath) -> Finding {
    Finding(
      .majorUpgrade, .note,
      "this move takes \(path.steps.count) steps, one `terraform apply` each; with --allow-major each run makes the next: "
        + path.steps.map { "\($0.constraint) (\($0.release))" }.joined(separator: ", then "))
  }

  /// The release the first call of the line's module is pinned to now.
  func currentRelease(of line: UpgradeLine, in workspace: UpgradeWorkspace) -> (name: String, release: SemanticVersion)? {
    guard let module = catalog.module(line.module) else { return nil }
    for call in workspace.moduleCalls(to: line.module) {
      for block in workspace.moduleBlocks(named: call.name).reversed() {
        guard let pin = block.block.body.attribute(named: "version"),
          case .string(let text)? = workspace.files[block.file].tree.constantValue(of: pin.expression),
          let release = (try? VersionConstraint(text))?.resolve(in: module.releases)
        else { continue }
        return (call.name, release)
      }
    }
    return nil
  }

  /// The stops from the current release to `constraint`, when the line records migrations.
  func migrationPath(to constraint: String, line: UpgradeLine, in workspace: UpgradeWorkspace) -> MigrationPath? {
    guard !line.migrations.isEmpty, let module = catalog.module(line.module),
      let target = (try? VersionConstraint(VersionConstraint.trimmed(constraint)))?.resolve(in: module.releases)
    else { return nil }
    return MigrationPath(
      from: currentRelease(of: line, in: workspace)?.release, to: target, constraint: VersionConstraint.trimmed(constraint),
      module: module, migrations: line.migrations)
  }

  /// The edits a step up to `target` needs besides the pin, for every call of the
  /// line's module, and what to do around its apply.
  func migrationEdits(
    to target: SemanticVersion, line: UpgradeLine, in workspace: UpgradeWorkspace, inputs: [String: String]
  ) throws(UpgradeRefusal) -> (plan: PartialPlan, applyNotes: [String]) {
    guard let module = catalog.module(line.module), let interface = module.interface(for: target),
      let (_, from) = currentRelease(of: line, in: workspace), from.major < target.major
    else { return (PartialPlan(), []) }
    let crossed = MigrationPath.crossed(from: from, to: target, module: line.module, migrations: line.migrations)
    if let facts = line.clusterVersion {
      try ClusterVersionPlanner(workspace: workspace, facts: facts, module: line.module, release: from).refuseBelowRange(of: target)
    }
    var plan = PartialPlan()
    var names: Set<String> = []
    for call in workspace.moduleCalls(to: line.module) where names.insert(call.name).inserted {
      let planner = MigrationPlanner(
        workspace: workspace, catalog: catalog, module: line.module, from: from, to: target, migrations: crossed,
        inputs: inputs)
      plan.append(try planner.plan(call: call.name))
    }
    plan.append(try ReferenceRewriter(workspace: workspace, calls: names.sorted(), migrations: crossed).plan())
    var providers = interface.providers
    for migration in crossed {
      for (name, requirement) in migration.extraProviders where providers[name] == nil { providers[name] = requirement }
    }
    plan.append(
      RequirementsRaise(
        workspace: workspace, terraform: interface.requiredVersion, providers: providers,
        addable: Set(crossed.flatMap(\.extraProviders.keys)),
        target: "\(module.shortName) \(target)"
      ).plan())
    let removes = !plan.removedModules.isEmpty
    return (
      plan,
      crossed.flatMap { migration in
        (migration.applyNotes + (removes ? migration.removalNotes : [])).map { "\(module.shortName) \(migration.major).0: \($0)" }
      }
    )
  }
}
