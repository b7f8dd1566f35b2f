import HCL

/// What one major version of a W&B module requires from a configuration that moves
/// to it (and what moving back below it risks).
public struct MajorUpgradeNote: Sendable, Equatable {
  /// Makes a note.
  public init(
    module: String, major: Int, title: String, requirements: [String], downgradeRisks: [String], reference: String
  ) {
    self.module = module
    self.major = major
    self.title = title
    self.requirements = requirements
    self.downgradeRisks = downgradeRisks
    self.reference = reference
  }

  /// The registry address, such as `wandb/wandb/aws`.
  public var module: String
  /// The major version, such as 8.
  public var major: Int
  /// One line: what the major changed.
  public var title: String
  /// What the configuration or the operator must do when moving up to this major.
  public var requirements: [String]
  /// What moving back below this major risks.
  public var downgradeRisks: [String]
  /// Where to read more.
  public var reference: String
}

/// Turns the breaking changes a module line records for each major (its upgrade
/// facts) into the notes of a plan that crosses them.
public enum MajorUpgradeNotes {
  /// The notes for every major boundary crossed between `from` and `to`, in the order
  /// they are crossed: majors `from+1 ... to` upwards, `to+1 ... from` downwards (then the
  /// downgrade risks matter). A major without recorded notes gets a generic note.
  /// When `from` is unknown, only the target major's note is returned.
  public static func crossing(
    _ module: String, from: SemanticVersion?, to: SemanticVersion, known: [MajorUpgradeNote]
  ) -> [MajorUpgradeNote] {
    guard let from else { return [note(module, major: to.major, known: known)] }
    if from.major < to.major { return ((from.major + 1)...to.major).map { note(module, major: $0, known: known) } }
    if from.major > to.major {
      return ((to.major + 1)...from.major).reversed().map { note(module, major: $0, known: known) }
    }
    return []
  }

  /// The note for `module`'s major `major` among `known` (a generic one when none is recorded).
  public static func note(_ module: String, major: Int, known: [MajorUpgradeNote]) -> MajorUpgradeNote {
    if let note = known.first(where: { $0.module == module && $0.major == major }) { return note }
    let name = module.split(separator: "/").last.map(String.init) ?? module
    return MajorUpgradeNote(
      module: module, major: major, title: "\(name) \(major).0: breaking changes not recorded by wbscaffold",
      requirements: ["read the module's CHANGELOG for \(major).0.0 before applying"],
      downgradeRisks: ["moving back below \(major).0 is not described; read the CHANGELOG"],
      reference: "the module's CHANGELOG.md")
  }

  /// The notes as plan notes: warnings for an upgrade, with the downgrade risks when going down.
  static func planNotes(_ notes: [MajorUpgradeNote], downward: Bool, at location: UpgradeLocation?) -> [Finding] {
    notes.map { note in
      let name = note.module.split(separator: "/").last.map(String.init) ?? note.module
      if downward {
        return Finding(
          .majorUpgrade, .warning, "moving below \(name) \(note.major).0 (\(note.title))", at: location,
          details: note.downgradeRisks + ["see \(note.reference)"])
      }
      return Finding(
        .majorUpgrade, .warning, "\(name) \(note.major).0 requires care: \(note.title)", at: location,
        details: note.requirements + ["see \(note.reference)"])
    }
  }
}
