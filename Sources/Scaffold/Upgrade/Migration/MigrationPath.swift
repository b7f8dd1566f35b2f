/// The steps a move across majors takes: every major between the current release
/// and the target that its facts mark as a stop (or that has no facts) is applied on
/// its own, at its newest release, before the next. `upgrade` performs the first
/// step per run and prints the rest.
struct MigrationPath: Sendable, Equatable {
  /// One step: the constraint written to the pin and the release it resolves to.
  struct Step: Sendable, Equatable {
    var constraint: String
    var release: SemanticVersion
  }

  /// The steps, in order; the last is the requested target.
  var steps: [Step]

  /// The path from `from` to `target` (requested as `constraint`); a single step for
  /// a move inside one major, a downgrade, or when `from` is unknown.
  init(from: SemanticVersion?, to target: SemanticVersion, constraint: String, module: CatalogModule, migrations: [MajorMigration]) {
    var steps: [Step] = []
    if let from, from.major + 1 < target.major {
      for major in (from.major + 1)..<target.major {
        let facts = migrations.first { $0.module == module.source && $0.major == major }
        guard facts?.isStop ?? true else { continue }
        // The newest minor of the major: `~> 4.24`, not `~> 4.0`, which admits 4.0.x too.
        guard let release = (try? VersionConstraint("~> \(major).0"))?.resolve(in: module.releases) else { continue }
        steps.append(Step(constraint: "~> \(major).\(release.minor)", release: release))
      }
    }
    steps.append(Step(constraint: constraint, release: target))
    self.steps = steps
  }

  /// The facts of the majors a step from `from` to `to` crosses, in order.
  static func crossed(from: SemanticVersion, to: SemanticVersion, module: String, migrations: [MajorMigration]) -> [MajorMigration] {
    guard from.major < to.major else { return [] }
    return ((from.major + 1)...to.major).compactMap { major in
      migrations.first { $0.module == module && $0.major == major }
    }
  }
}
