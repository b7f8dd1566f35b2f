extension VersionConstraint {
  /// Whether some release version meets both this constraint and `other`.
  ///
  /// Every clause bounds an interval of versions, so if the two constraints share
  /// a version they share one at an edge: a clause's own version, the version just
  /// after or just before it, a `~>` clause's upper bound or the version before it,
  /// or 0.0.0. Testing those candidates decides the question exactly for the
  /// operators Terraform has (a `!=` clause removes a single version, which the
  /// neighbours then stand in for).
  public func overlaps(_ other: VersionConstraint) -> Bool {
    var candidates: Set<SemanticVersion> = [SemanticVersion(0, 0, 0)]
    for constraint in [self, other] {
      for clause in constraint.clauses {
        let v = clause.version.release
        candidates.formUnion([v, Self.after(v)])
        if let before = Self.before(v) { candidates.insert(before) }
        if let upper = clause.pessimisticUpperBound(dialect: constraint.dialect) {
          candidates.insert(upper)
          if let before = Self.before(upper) { candidates.insert(before) }
        }
      }
    }
    return candidates.contains { satisfiedBy($0) && other.satisfiedBy($0) }
  }

  private static func after(_ v: SemanticVersion) -> SemanticVersion {
    SemanticVersion(v.major, v.minor, v.patch + 1)
  }

  /// The largest release below `v` that matters here (a very large patch or minor).
  private static func before(_ v: SemanticVersion) -> SemanticVersion? {
    let large = 1_000_000
    if v.patch > 0 { return SemanticVersion(v.major, v.minor, v.patch - 1) }
    if v.minor > 0 { return SemanticVersion(v.major, v.minor - 1, large) }
    if v.major > 0 { return SemanticVersion(v.major - 1, large, large) }
    return nil
  }
}
