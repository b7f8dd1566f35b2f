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
    pins.migratedMajors = Set(line.migrations.filter { $0.module == line.module }.map(\.major))
    if let constraint = request.moduleVersion {
      try refuseJSON(in: workspace, mentioning: line.module)
      // A move across several majors is made one stop at a time.
      let path = migrationPath(to: constraint, line: line, in: workspace)
      if let path, path.steps.count > 1 {
        guard request.allowMajor else {
          // Refused as the whole move, with every major's requirements and the steps.
          do {
            _ = try pins.plan(line.module, constraint: constraint, as: .module)
          } catch {
            var refusal = error
            refusal.notes.append(Self.stepsNote(path))
            throw refusal
          }
          return UpgradePlan(files: [], steps: [], notes: [])
        }
        request.moduleVersion = path.steps[0].constraint
        remainingSteps = nextSteps(after: path, line: line, in: workspace)
      }
      let outcome = try pins.plan(line.module, constraint: request.moduleVersion ?? constraint, as: .module)
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
      guard let facts = line.clusterVersion else {
        throw UpgradeRefusal(.usage, "\(line.module) has no Kubernetes version input that wbscaffold moves")
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

  // MARK: - Moves across majors

  /// The runs after the first step of `path`: each later module step, with the
  /// Kubernetes minors the cluster must reach before it (on the release before).
  private func nextSteps(after path: MigrationPath, line: UpgradeLine, in workspace: UpgradeWorkspace) -> [UpgradeNextStep] {
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
  private func currentRelease(of line: UpgradeLine, in workspace: UpgradeWorkspace) -> (name: String, release: SemanticVersion)? {
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
  private func migrationPath(to constraint: String, line: UpgradeLine, in workspace: UpgradeWorkspace) -> MigrationPath? {
    guard !line.migrations.isEmpty, let module = catalog.module(line.module),
      let target = (try? VersionConstraint(VersionConstraint.trimmed(constraint)))?.resolve(in: module.releases)
    else { return nil }
    return MigrationPath(
      from: currentRelease(of: line, in: workspace)?.release, to: target, constraint: VersionConstraint.trimmed(constraint),
      module: module, migrations: line.migrations)
  }

  /// The edits a step up to `target` needs besides the pin, for every call of the
  /// line's module, and what to do around its apply.
  private func migrationEdits(
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
    return (plan, crossed.flatMap { migration in migration.applyNotes.map { "\(module.shortName) \(migration.major).0: \($0)" } })
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
      ).filter { $0.severity == .error && $0.ignoredBecause == nil }
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

  // MARK: - Refusals before planning

  private func refuseJSON(in workspace: UpgradeWorkspace, mentioning text: String) throws(UpgradeRefusal) {
    guard let index = workspace.jsonFiles(mentioning: text).first else { return }
    throw UpgradeRefusal(
      .unsupported, "\(workspace.files[index].name) mentions \(text); JSON configuration files are not edited",
      at: UpgradeLocation(path: workspace.files[index].path, position: SourcePosition(line: 1, column: 1)),
      hint: "make the change by hand")
  }

  /// Refuses `wandb_version` when the line's module is (or is being moved to) a
  /// release of the operator era.
  private func refuseOperatorLine(in workspace: UpgradeWorkspace, line: UpgradeLine, target: SemanticVersion?)
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

  // MARK: - Assembly

  /// Applies the edits file by file and locates every change in the new bytes.
  private func assemble(_ edits: [PendingEdit], in workspace: UpgradeWorkspace) throws(UpgradeRefusal) -> [UpgradePlan.File] {
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
  private func readBack(_ edit: PendingEdit, in tree: SyntaxTree, shiftedBy edits: [ByteEdit], original: [UInt8]) throws(UpgradeRefusal)
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
  private func confirm(_ sources: [UpgradeSourceFile], request: UpgradeRequest, tag: WandbImageTag?, line: UpgradeLine)
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
