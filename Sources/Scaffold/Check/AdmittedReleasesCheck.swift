import HCL

/// A version constraint that admits releases the call does not fit. `terraform
/// init` installs the newest admitted release once and keeps it (until `init
/// -upgrade`), so `~> 7.0` checked against 7.18.2 today still breaks a directory
/// initialized while 7.9.1 was the newest: minor releases of the W&B modules have
/// removed inputs and added required ones. The warning names the oldest such
/// release, what breaks there, and the narrowest pin from which every admitted
/// release fits.
struct AdmittedReleasesCheck: CheckRule {
  func check(_ context: CheckContext, findings: inout FindingList) {
    for (module, calls) in context.calledModules() {
      for (call, release, resolution) in calls {
        guard let release, resolution.interface != nil, let version = call.argument("version"),
          case .string(let text)? = call.constant("version"), let constraint = try? VersionConstraint(text)
        else { continue }
        check(call, version, constraint, release, module, findings: &findings)
      }
    }
  }

  private func check(
    _ call: ModuleCall, _ version: ModuleCall.Argument, _ constraint: VersionConstraint, _ resolved: SemanticVersion,
    _ module: CatalogModule, findings: inout FindingList
  ) {
    // What the resolved release already refuses is reported against it; only what it
    // accepts can break on another admitted release.
    guard let current = module.interface(for: resolved) else { return }
    let set = Set(call.arguments.map(\.attribute.name)).subtracting(ModuleCallCheck.metaArguments)
    let arguments = set.filter(current.declaresInput)
    let missingNow = Set(current.requiredInputs).subtracting(set)
    let admitted = module.releases.filter { constraint.satisfiedBy($0) && $0 != resolved }
    var broken: [(SemanticVersion, String)] = []
    for release in admitted {
      guard let interface = module.interface(for: release),
        let problem = Self.problem(arguments, interface, alreadyMissing: missingNow)
      else { continue }
      broken.append((release, problem))
    }
    guard let (oldest, problem) = broken.first else { return }
    let newestBroken = broken.map(\.0).max() ?? oldest
    let others = broken.count > 1 ? " (and \(broken.count - 1) more up to \(newestBroken))" : ""
    findings.add(
      .admitsIncompatibleRelease, .warning, in: version.file, at: version.attribute.expression.tokens.lowerBound,
      "\(call.name): \"\(constraint)\" also admits \(module.shortName) \(oldest)\(others), where \(problem); a directory initialized on such a release fails at plan",
      hint: Self.pin(after: newestBroken, resolved: resolved, module: module, constraint: constraint) { release in
        module.interface(for: release).map { Self.problem(arguments, $0, alreadyMissing: missingNow) == nil } ?? false
      }.map { "pin \($0)" })
  }

  /// What does not fit `interface`: arguments it lacks, required inputs not set.
  private static func problem(_ arguments: Set<String>, _ interface: ModuleInterface, alreadyMissing: Set<String>)
    -> String?
  {
    let unknown = arguments.filter { !interface.declaresInput($0) }.sorted()
    let missing = interface.requiredInputs.filter { !arguments.contains($0) && !alreadyMissing.contains($0) }
    var parts: [String] = []
    if !unknown.isEmpty {
      parts.append("\(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) \(unknown.count == 1 ? "is not an input" : "are not inputs")")
    }
    if !missing.isEmpty {
      parts.append("required \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") not set")
    }
    return parts.isEmpty ? nil : parts.joined(separator: " and ")
  }

  /// The first pin that admits the release after the newest broken one and no
  /// release the call does not fit: `~> M.m`, `~> M.m.p`, a range to the end of
  /// the major, or else the resolved release exactly.
  private static func pin(
    after newestBroken: SemanticVersion, resolved: SemanticVersion, module: CatalogModule, constraint: VersionConstraint,
    fits: (SemanticVersion) -> Bool
  ) -> String? {
    guard let first = module.releases.first(where: { $0 > newestBroken && constraint.satisfiedBy($0) }), first <= resolved
    else { return nil }
    var candidates = ["~> \(first.major).\(first.minor).\(first.patch)", ">= \(first), < \(first.major + 1).0.0"]
    if first.patch == 0 { candidates.insert("~> \(first.major).\(first.minor)", at: 0) }
    for text in candidates {
      guard let pin = try? VersionConstraint(text) else { continue }
      let admitted = module.releases.filter(pin.satisfiedBy)
      if admitted.contains(resolved), admitted.allSatisfy(fits) { return "\"\(text)\"" }
    }
    return "\"\(resolved)\""
  }
}

extension Finding.Rule {
  /// A module version constraint that admits a release the call does not fit.
  public static let admitsIncompatibleRelease = Finding.Rule("admits-incompatible-release")
}
