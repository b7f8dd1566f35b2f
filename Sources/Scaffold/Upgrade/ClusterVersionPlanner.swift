import HCL

/// What a module line knows of the Kubernetes version its main module takes: the
/// input, the `upgrade` flag that moves it, and the range each major supports.
public struct ClusterVersionFacts: Sendable {
  /// The range of Kubernetes minors one span of module majors supports.
  public struct Support: Sendable {
    /// The module majors this applies to.
    public var majors: ClosedRange<Int>
    /// The lowest and highest supported minor (`1.30`, `1.35`); nil for no bound.
    public var lowest: SemanticVersion?
    public var highest: SemanticVersion?
    /// Where the range is stated.
    public var reference: String

    /// Makes a range.
    public init(majors: ClosedRange<Int>, lowest: SemanticVersion?, highest: SemanticVersion?, reference: String) {
      self.majors = majors
      self.lowest = lowest
      self.highest = highest
      self.reference = reference
    }
  }

  /// The module input, such as the cluster version input of the line's module.
  public var input: String
  /// The `upgrade` option (without dashes) that moves it.
  public var flag: String
  /// The supported ranges.
  public var support: [Support]

  /// Makes the facts.
  public init(input: String, flag: String, support: [Support]) {
    self.input = input
    self.flag = flag
    self.support = support
  }

  /// The range `release` supports, if one is recorded for its major.
  func support(for release: SemanticVersion) -> Support? {
    support.first { $0.majors.contains(release.major) }
  }
}

/// Plans moving a cluster's Kubernetes version one minor up: the only move a managed
/// cluster accepts in one apply. The value is edited where it is written: in the
/// module call when it is a literal there, else, for `var.NAME`, in every variable
/// file that assigns NAME (or the variable's default when none does).
struct ClusterVersionPlanner {
  let workspace: UpgradeWorkspace
  let facts: ClusterVersionFacts
  /// The line's main module and the release its call is pinned to.
  let module: String
  let release: SemanticVersion?

  func plan(to raw: String) throws(UpgradeRefusal) -> PartialPlan {
    let flag = "--" + facts.flag
    guard let target = Self.minor(raw) else {
      var refusal = UpgradeRefusal(.usage, "'\(raw)' is not a Kubernetes version: use MAJOR.MINOR, such as 1.31")
      refusal.flag = flag
      throw refusal
    }
    let calls = workspace.moduleCalls(to: module)
    guard let call = calls.first else {
      throw UpgradeRefusal(.notFound, "no module block has source = \"\(module)\"; there is no \(facts.input) to move")
    }
    // Each call is a cluster of its own: which one to move is not wbscaffold's guess.
    guard Set(calls.map(\.name)).count == 1 else {
      throw UpgradeRefusal(
        .unsupported,
        "\(Set(calls.map(\.name)).count) module calls of \(module) (\(Set(calls.map(\.name)).sorted().joined(separator: ", "))) each run a cluster; wbscaffold moves \(facts.input) only where there is one; nothing was changed",
        at: workspace.files[calls[1].file].location(ofToken: calls[1].block.typeToken), hint: "move each one's value by hand, one minor per apply")
    }
    let sites = try sites(of: call)
    let values = Set(sites.map(\.value))
    if values.count == 1, let written = values.first, Self.minor(written) == nil {
      throw UpgradeRefusal(
        .unsupported,
        "\(facts.input) is \(StringLiteral.quoted(written)), not a Kubernetes minor such as 1.30; wbscaffold moves it only from one; nothing was changed",
        at: sites[0].location, hint: "set it to the cluster's current minor by hand first")
    }
    guard values.count == 1, let written = values.first, let current = Self.minor(written) else {
      throw UpgradeRefusal(
        .conflicting, "\(facts.input) is set to different values (\(values.sorted().joined(separator: ", "))); nothing was changed",
        sites: sites.map { UpgradeRefusal.Site($0.location, "\(facts.input) = \"\($0.value)\"") },
        hint: "make them agree first")
    }
    let location = sites[0].location
    if target == current {
      return PartialPlan(steps: [
        UpgradeStep(target: .clusterVersion, from: written, to: raw, isAlreadyCurrent: true, message: "\(facts.input) is already \(written); nothing to change")
      ])
    }
    guard target > current else {
      throw UpgradeRefusal(
        .downgrade, "\(facts.input) \(written) -> \(raw) is not an upgrade: a managed cluster's Kubernetes version never goes down; nothing was changed",
        at: location)
    }
    let next = "\(current.major).\(current.minor + 1)"
    guard target.major == current.major else {
      throw UpgradeRefusal(
        .unsupported, "\(facts.input) \(written) -> \(raw) leaves Kubernetes \(current.major).x; nothing was changed", at: location,
        hint: "the next minor is \(next)")
    }
    var plan = PartialPlan()
    // Above the range is refused before a skipped minor, so no hint leads past it.
    let support = release.flatMap { facts.support(for: $0) }
    if let release, let support, let highest = support.highest, target > highest {
      throw UpgradeRefusal(
        .unsupported,
        "\(module) \(release) does not support Kubernetes \(raw) (above \(Self.text(highest))); nothing was changed",
        at: location, hint: "see \(support.reference)")
    }
    guard target.minor == current.minor + 1 else {
      let sequence = ((current.minor + 1)...target.minor).map { "\(current.major).\($0)" }
      throw UpgradeRefusal(
        .skippedMinor,
        "\(facts.input) \(written) -> \(raw) skips a minor: the cluster moves one minor per apply; nothing was changed",
        at: location,
        hint: "run `wbscaffold upgrade \(flag) \(next)` and apply it, then "
          + sequence.dropFirst().joined(separator: ", then ") + " the same way, one apply each")
    }
    // Below the range, a step up is a step towards it.
    if let release, let support {
      if let lowest = support.lowest, target < lowest {
        plan.notes.append(
          Finding(
            .majorUpgrade, .warning, "\(facts.input) \(raw) is still below \(Self.text(lowest)), the lowest \(module) \(release) supports",
            at: location, details: ["see \(support.reference)"]))
      }
    }
    for site in sites {
      plan.edits.append(
        PendingEdit(
          path: site.path, edit: ByteEdit(range: site.range, text: raw), anchor: .original(offset: site.range.lowerBound),
          expected: nil, summary: "\(facts.input) \"\(written)\" -> \"\(raw)\" (one minor; apply it before the next)"))
    }
    plan.steps.append(
      UpgradeStep(target: .clusterVersion, from: written, to: raw, isAlreadyCurrent: false, message: "\(facts.input): \(written) -> \(raw)"))
    return plan
  }

  /// The value Terraform uses and where it is: the module's literal, else the last
  /// variable file in load order that assigns the variable (as Terraform takes it),
  /// else its default.
  func current() -> (version: SemanticVersion, text: String, location: UpgradeLocation)? {
    guard let call = workspace.moduleCalls(to: module).first, let sites = try? sites(of: call),
      let effective = sites.last, let version = Self.minor(effective.value)
    else { return nil }
    return (version, effective.value, effective.location)
  }

  /// Refuses moving the module to `target` while the cluster runs a Kubernetes minor
  /// below what `target` supports; the moves to make first, on the current release,
  /// are in the hint.
  func refuseBelowRange(of target: SemanticVersion) throws(UpgradeRefusal) {
    if let index = workspace.jsonFiles(mentioning: facts.input).first, facts.support(for: target)?.lowest != nil {
      throw UpgradeRefusal(
        .unsupported,
        "\(workspace.files[index].name) mentions \(facts.input), and wbscaffold does not read JSON files: it cannot tell whether the cluster meets what \(module) \(target) needs; nothing was changed",
        at: UpgradeLocation(path: workspace.files[index].path, position: SourcePosition(line: 1, column: 1)),
        hint: "check the Kubernetes version by hand and move it into a .tfvars file, or make the change by hand")
    }
    guard let support = facts.support(for: target), let lowest = support.lowest, let (version, text, location) = current(),
      version < lowest, version.major == lowest.major
    else { return }
    let sequence = ((version.minor + 1)...lowest.minor).map { "--\(facts.flag) \(version.major).\($0)" }
    throw UpgradeRefusal(
      .migrationBlocked,
      "\(facts.input) is \(text), and \(module) \(target) supports Kubernetes \(Self.text(lowest)) and later; nothing was changed",
      at: location,
      hint: "on \(release.map { "\($0)" } ?? "the current release"), run `wbscaffold upgrade " + sequence.joined(separator: "`, apply, then `wbscaffold upgrade ")
        + "` and apply it; then move the module (see \(support.reference))")
  }

  /// `1.30` for 1.30.0.
  static func text(_ version: SemanticVersion) -> String { "\(version.major).\(version.minor)" }

  /// Where the value is written, each a plain string literal.
  private func sites(of call: UpgradeWorkspace.ModuleBlock) throws(UpgradeRefusal) -> [(path: String, location: UpgradeLocation, range: Range<Int>, value: String)] {
    let file = workspace.files[call.file]
    // The last block that sets it wins, as an override file's does.
    guard
      let (owner, attribute) = workspace.moduleBlocks(named: call.name).compactMap({ block in
        block.block.body.attribute(named: facts.input).map { (block.file, $0) }
      }).last
    else {
      throw UpgradeRefusal(
        .notFound, "module \"\(call.name)\" does not set \(facts.input); nothing was changed",
        at: file.location(ofToken: call.block.typeToken),
        hint: "add \(facts.input) = \"1.N\" (the cluster's current minor) to the module first; then each run moves it one minor")
    }
    func literal(_ expression: Expression, in index: Int) throws(UpgradeRefusal) -> (String, UpgradeLocation, Range<Int>, String) {
      let f = workspace.files[index]
      guard let range = f.tree.plainStringContents(of: expression), case .string(let value)? = f.tree.constantValue(of: expression)
      else {
        throw UpgradeRefusal(
          .notALiteral, "\(facts.input) is not a plain string literal (\(f.tree.text(of: expression)))", at: f.location(of: expression),
          hint: "change it by hand")
      }
      return (f.path, f.location(of: expression), range, value)
    }
    guard let variable = UpgradeWorkspace.variableName(of: attribute.expression) else {
      return [try literal(attribute.expression, in: owner)]
    }
    var out: [(String, UpgradeLocation, Range<Int>, String)] = []
    for assignment in workspace.assignments(of: variable) {
      out.append(try literal(assignment.attribute.expression, in: assignment.file))
    }
    if out.isEmpty, let declaration = workspace.variableDeclarations(named: variable).first,
      let fallback = declaration.block.body.attribute(named: "default")
    {
      out.append(try literal(fallback.expression, in: declaration.file))
    }
    guard !out.isEmpty else {
      throw UpgradeRefusal(
        .notFound, "var.\(variable) has no value in a variable file or default; nothing was changed",
        at: workspace.files[owner].location(of: attribute.expression), hint: "set it with -var or by hand")
    }
    return out.map { (path: $0.0, location: $0.1, range: $0.2, value: $0.3) }
  }

  /// `1.31` as 1.31.0; nil for anything but MAJOR.MINOR digits.
  static func minor(_ text: String) -> SemanticVersion? {
    guard let numbers = SemanticVersion.numbers(text, count: 2) else { return nil }
    return SemanticVersion(numbers[0], numbers[1], 0)
  }
}
