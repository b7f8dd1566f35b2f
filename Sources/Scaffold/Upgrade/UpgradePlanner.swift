import HCL

/// Plans `wbscaffold upgrade`: bumps `wandb_version` and moves module pins in a
/// directory the user has edited since `init`, changing only the bytes that must change.
///
/// The planner is pure: it is handed the directory's files and returns the new bytes of
/// each changed file, or refuses (and then nothing is to be written). Every planned edit
/// is read back from the new bytes before the plan is returned.
///
/// ```swift
/// let planner = UpgradePlanner(catalog: catalog, lines: BlueprintCatalog.upgradeLines)
/// do {
///   let plan = try planner.plan(UpgradeRequest(wandbVersion: "0.59.0"), files: files)
///   for line in plan.summary { print(line) }
/// } catch {
///   for line in error.lines { print(line) }   // error: UpgradeRefusal
/// }
/// ```
///
/// The CLI passes every file of the directory (not of subdirectories): `*.tf`,
/// `*.tfvars` and the JSON forms; other files are ignored.
public struct UpgradePlanner: Sendable {
  /// The module catalogue (releases, required inputs).
  public let catalog: ModuleCatalog
  /// The module lines' upgrade facts; the first whose module the directory calls applies.
  public let lines: [UpgradeLine]
  /// The checks of the module lines, run before and after the change.
  public let rules: [any CheckRule]

  /// Makes a planner.
  public init(catalog: ModuleCatalog, lines: [UpgradeLine], rules: [any CheckRule] = []) {
    self.catalog = catalog
    self.lines = lines
    self.rules = rules
  }

  /// The line whose main module `files` call (the first line when none does).
  private func line(for files: [UpgradeSourceFile]) -> UpgradeLine {
    let fallback = lines.first ?? UpgradeLine(module: "", majorNotes: [])
    guard let workspace = try? UpgradeWorkspace(files) else { return fallback }
    return lines.first { !workspace.moduleCalls(to: $0.module).isEmpty } ?? fallback
  }

  /// Plans `request` over a directory's files.
  ///
  /// - Throws: ``UpgradeRefusal``; nothing is to be written then.
  public func plan(_ request: UpgradeRequest, files: [(path: String, bytes: [UInt8])]) throws(UpgradeRefusal)
    -> UpgradePlan
  {
    try plan(request, files: files.map { UpgradeSourceFile(path: $0.path, bytes: $0.bytes) })
  }

  /// Plans `request` over a directory's files.
  ///
  /// - Throws: ``UpgradeRefusal``; nothing is to be written then.
  public func plan(_ request: UpgradeRequest, files: [UpgradeSourceFile]) throws(UpgradeRefusal) -> UpgradePlan {
    guard !request.isEmpty else {
      throw UpgradeRefusal(.usage, "nothing to upgrade: pass --wandb-version and/or --module-version")
    }
    var tag: WandbImageTag?
    if let raw = request.wandbVersion {
      do {
        tag = try WandbImageTag(parsing: raw)
      } catch {
        var refusal = error
        refusal.flag = "--wandb-version"
        throw refusal
      }
    }
    let line = line(for: files)
    if request.clusterVersion != nil, request.moduleVersion != nil {
      var refusal = UpgradeRefusal(
        .usage, "move the module and the Kubernetes version in separate runs, each applied before the next")
      refusal.flag = line.clusterVersion.map { "--" + $0.flag }
      throw refusal
    }
    let appModule = line.appModule ?? WandbVersionLocator.appModule
    for case (let address, let flag, let raw?) in [
      (line.module, "--module-version", request.moduleVersion),
      (appModule, "--kubernetes-module-version", request.kubernetesModuleVersion),
    ] {
      let text = VersionConstraint.trimmed(raw)
      let resolution: ModuleResolution
      do {
        resolution = try catalog.resolve(source: address, constraint: text)
      } catch {
        var refusal = UpgradeRefusal(.usage, error.description)
        refusal.flag = flag
        throw refusal
      }
      guard resolution.isResolved else {
        var refusal = UpgradeRefusal(.usage, resolution.interfaceNote ?? "no release of \(address) matches \"\(text)\"")
        refusal.flag = flag
        throw refusal
      }
    }
    let workspace = try UpgradeWorkspace(files)
    var partial = PartialPlan()
    var moduleTarget: SemanticVersion?
    var request = request
    var applyNotes: [String] = []
    var remainingSteps: [UpgradeNextStep] = []
    var pins = ModulePinPlanner(workspace: workspace, catalog: catalog, request: request, notes: line.majorNotes)
    pins.migrated = (line.module, Set(line.migrations.filter { $0.module == line.module }.map(\.major)))
    if let constraint = request.moduleVersion {
      try refuseJSON(in: workspace, mentioning: line.module)
      // A move across several majors is made one stop at a time.
      let path = migrationPath(to: constraint, line: line, in: workspace)
      if let path, path.steps.count > 1, request.allowMajor {
        request.moduleVersion = path.steps[0].constraint
        remainingSteps = nextSteps(after: path, line: line, in: workspace)
      }
      // Without --allow-major a move across majors is refused as the whole move, with
      // every major's requirements and, for several steps, what they are.
      let outcome: ModulePinPlanner.Outcome
      do {
        outcome = try pins.plan(line.module, constraint: request.moduleVersion ?? constraint, as: .module)
      } catch {
        var refusal = error
        if let path, error.kind == .majorUpgrade, !request.allowMajor {
          if path.steps.count > 1 { refusal.notes.append(Self.stepsNote(path)) }
          // Every flag the first step needs is named at once: --input too, where it would ask.
          do {
            _ = try migrationEdits(to: path.steps[0].release, line: line, in: workspace, inputs: request.inputs)
          } catch let probe where probe.kind == .missingInput {
            refusal.finding.hint = (refusal.finding.hint ?? "") + "; the first step also needs "
              + probe.missingInputs.map { "--input \($0)=EXPRESSION" }.joined(separator: " ")
          } catch {}
        }
        throw refusal
      }
      partial.append(outcome.plan)
      moduleTarget = outcome.target
      let migration = try migrationEdits(to: outcome.target, line: line, in: workspace, inputs: request.inputs)
      // The app module's pin cannot move in the run that removes the app module.
      if request.kubernetesModuleVersion != nil, let app = line.appModule,
        migration.plan.removedModules.contains(app)
      {
        var refusal = UpgradeRefusal(
          .usage, "this step removes the \(app) module calls, so their pin cannot move in the same run; leave it out")
        refusal.flag = "--kubernetes-module-version"
        throw refusal
      }
      partial.append(migration.plan)
      applyNotes = migration.applyNotes
    }
    if let constraint = request.kubernetesModuleVersion {
      try refuseJSON(in: workspace, mentioning: appModule)
      partial.append(try pins.plan(appModule, constraint: constraint, as: .kubernetesModule).plan)
    }
    if let raw = request.clusterVersion {
      guard let facts = line.clusterVersion, request.clusterVersionOption.map({ $0 == facts.flag }) ?? true else {
        var refusal = UpgradeRefusal(
          .usage,
          "this directory calls \(line.module), "
            + (line.clusterVersion.map { "whose Kubernetes version moves with --\($0.flag)" } ?? "which has no Kubernetes version input wbscaffold moves"))
        refusal.flag = request.clusterVersionOption.map { "--" + $0 }
        throw refusal
      }
      try refuseJSON(in: workspace, mentioning: facts.input)
      let planner = ClusterVersionPlanner(
        workspace: workspace, facts: facts, module: line.module, release: currentRelease(of: line, in: workspace)?.release)
      partial.append(try planner.plan(to: VersionConstraint.trimmed(raw)))
    }
    if let tag {
      try refuseJSON(in: workspace, mentioning: WandbVersionLocator.argument)
      try refuseOperatorLine(in: workspace, line: line, target: moduleTarget)
      partial.append(try WandbVersionPlanner(workspace: workspace, target: tag, request: request).plan())
    }
    let changed = try assemble(partial.edits, in: workspace)
    var notes = partial.notes
    var broken: [Finding] = []
    if !changed.isEmpty {
      let after = Self.applying(changed, to: files)
      try confirm(after, request: request, tag: tag, line: line)
      broken = newErrors(files, after)
    }
    if !broken.isEmpty {
      // A major move or a downgrade can need edits no configuration can hold both
      // before and after it (an input that only the target release has): say
      // what is left to do. Anything else must never break a working directory.
      guard request.allowMajor || request.allowDowngrade else {
        throw UpgradeRefusal(
          .breaksConfiguration, "the change would leave errors that `wbscaffold check` reports; nothing was changed",
          notes: broken)
      }
      notes.append(
        Finding(
          .errorsLeft, .warning,
          "after this change \(broken.count) error\(broken.count == 1 ? "" : "s") must be fixed by hand before `terraform plan`"))
      notes += broken
    }
    // A call pinned in its file and again in an override file gets each major's note once.
    var seen: Set<String> = []
    notes = notes.filter { seen.insert($0.description + $0.notes.map(\.description).joined()).inserted }
    return UpgradePlan(files: changed, steps: partial.steps, notes: notes, applyNotes: applyNotes, remainingSteps: remainingSteps)
  }

  /// Errors the checker reports after the change that it did not report before,
  /// located in the changed files.
  ///
  /// An error is the same one when its file, rule and subject are the same and
  /// it is at the same place once its offset after the change is mapped back to
  /// the bytes before it (an inserted line moves everything below it; an error
  /// in the changed bytes matches one anywhere in the bytes they replaced).
  /// Messages are not compared: a moved pin names another release in a message
  /// about the same problem.
  private func newErrors(_ before: [UpgradeSourceFile], _ after: [UpgradeSourceFile]) -> [Finding] {
    func errors(_ files: [UpgradeSourceFile]) -> [Finding] {
      ConfigurationChecker.check(
        ConfigurationDirectory(files: files.map { ($0.path, $0.bytes) }), catalog: catalog, environment: [:], rules: rules
      ).filter(\.isBlockingError)
    }
    var unmatched = errors(before)
    var added: [Finding] = []
    for finding in errors(after) {
      let place = finding.offset.map { offset in
        Self.original(
          offset: offset, before: before.first { $0.path == finding.path }?.bytes ?? [],
          after: after.first { $0.path == finding.path }?.bytes ?? [])
      }
      let match = unmatched.firstIndex { old in
        guard old.path == finding.path, old.rule == finding.rule, old.subject == finding.subject else { return false }
        switch (old.offset, place) {
        case (nil, nil): return true
        case (let offset?, let range?): return range.contains(offset)
        default: return false
        }
      }
      if let match { unmatched.remove(at: match) } else { added.append(finding) }
    }
    return added
  }

  /// Where byte `offset` of `after` was in `before`: the same byte when it lies in
  /// the bytes both share at their start or at their end, or anywhere in the
  /// changed bytes between.
  static func original(offset: Int, before: [UInt8], after: [UInt8]) -> ClosedRange<Int> {
    let limit = min(before.count, after.count)
    var prefix = 0
    while prefix < limit, before[prefix] == after[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < limit - prefix, before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }
    if offset < prefix { return offset...offset }
    if offset >= after.count - suffix {
      let moved = offset - (after.count - before.count)
      return moved...moved
    }
    return prefix...max(prefix, before.count - suffix - 1)
  }

  /// The directory's files once `changed` is applied: edited files replaced, new ones added.
  static func applying(_ changed: [UpgradePlan.File], to files: [UpgradeSourceFile]) -> [UpgradeSourceFile] {
    files.map { file in
      UpgradeSourceFile(path: file.path, bytes: changed.first { $0.path == file.path }?.updated ?? file.bytes)
    } + changed.filter(\.isNew).map { UpgradeSourceFile(path: $0.path, bytes: $0.updated) }
  }
}
