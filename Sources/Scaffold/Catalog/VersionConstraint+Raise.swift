extension VersionConstraint {
  /// The lowest release version the constraint admits, ignoring `!=` (0.0.0 when
  /// nothing bounds it from below).
  public var lowerBound: SemanticVersion {
    var lowest = SemanticVersion(0, 0, 0)
    for clause in clauses {
      let v = clause.version.release
      switch clause.operator {
      case .equal, .greaterThanOrEqual, .pessimistic: lowest = max(lowest, v)
      case .greaterThan: lowest = max(lowest, SemanticVersion(v.major, v.minor, v.patch + 1))
      case .notEqual, .lessThan, .lessThanOrEqual: break
      }
    }
    return lowest
  }

  /// This constraint raised so that it admits nothing below `required`'s lower bound
  /// and overlaps it, in the style it was written: `~> 4.0` becomes `~> 5.95`,
  /// `>= 1.1, < 2.0` becomes `>= 1.9, < 2.0`, `>= 4.0` becomes `>= 5.95`, an exact
  /// `4.67.0` becomes `5.95.0`. Nil when it already does. One that admits nothing
  /// `required` accepts is replaced even when that lowers it (`~> 3.0` beside a
  /// required `< 3.0.0` becomes `< 3.0.0`), as is a style this does not know, and
  /// any constraint when `required` has no lower bound: `required` as written.
  public func raised(toAdmit required: VersionConstraint) -> VersionConstraint? {
    let floor = required.lowerBound
    guard lowerBound < floor || !overlaps(required) else { return nil }
    guard floor > SemanticVersion(0, 0, 0) else { return required }
    let written = required.clauses.first { [.greaterThanOrEqual, .pessimistic, .equal].contains($0.operator) }
    let floorComponents = written?.components ?? 3
    func with(_ clauses: [Clause]) -> VersionConstraint {
      let candidate = VersionConstraint(clauses: clauses, dialect: dialect)
      return candidate.lowerBound >= floor && candidate.overlaps(required) ? candidate : required
    }
    let lowers = clauses.filter { [.greaterThanOrEqual, .greaterThan, .pessimistic, .equal].contains($0.operator) }
    guard lowers.count == 1, let lower = lowers.first else { return required }
    switch lower.operator {
    case .pessimistic:
      // `~> 4.0` -> `~> 5.95`; `~> 4.67.0` keeps three components -> `~> 5.95.0`.
      let components = lower.components == 3 ? 3 : max(2, floorComponents)
      return with(clauses.map { $0 == lower ? Clause(.pessimistic, floor, components: components) : $0 })
    case .equal:
      return with([Clause(.equal, floor, components: 3)])
    default:
      // `>= a` or `> a`, with any upper bounds kept when they still admit the floor.
      var out: [Clause] = []
      for clause in clauses {
        if clause == lower {
          out.append(Clause(.greaterThanOrEqual, floor, components: max(lower.components, floorComponents)))
        } else if [.lessThan, .lessThanOrEqual].contains(clause.operator), clause.version <= floor {
          out.append(Clause(.lessThan, SemanticVersion(floor.major + 1, 0, 0), components: clause.components))
        } else {
          out.append(clause)
        }
      }
      return with(out)
    }
  }

}
