import HCL

extension Finding.Rule {
  /// Crossing a major release of a module: what that major requires.
  public static let majorUpgrade = Finding.Rule("major-upgrade")
  /// Moving W&B Server or a module to an older release.
  public static let downgrade = Finding.Rule("downgrade")
  /// `wandb_version` set to `latest`, or pinned when it was `latest`.
  public static let wandbVersionLatest = Finding.Rule("wandb-version-latest")
  /// A `wandb_version` assignment that no module reads.
  public static let unusedWandbVersion = Finding.Rule("unused-wandb-version")
  /// A module call of the pre-operator line that the operator era removed.
  public static let preOperatorModule = Finding.Rule("pre-operator-module")
  /// Errors an allowed change leaves for the user to fix.
  public static let errorsLeft = Finding.Rule("errors-left")

  /// The rule of an upgrade refusal of `kind`: `upgrade-downgrade`, `upgrade-operator-managed`.
  static func refusal(_ kind: UpgradeRefusal.Kind) -> Finding.Rule {
    var id = "upgrade-"
    for character in kind.rawValue {
      if character.isUppercase { id += "-" + character.lowercased() } else { id.append(character) }
    }
    return Finding.Rule(id)
  }
}

extension Finding {
  /// A finding of `upgrade` at `location` (a place in the files as the planner was
  /// given them), with `details` as notes under it.
  init(
    _ rule: Rule, _ severity: Severity, _ message: String, at location: UpgradeLocation? = nil, details: [String] = [],
    hint: String? = nil
  ) {
    self.init(
      rule, severity, path: location?.path, position: location?.position, message: message, hint: hint,
      notes: details.map { Note($0) })
  }

  /// Where the finding is, as an ``UpgradeLocation`` (nil without a line and column).
  public var location: UpgradeLocation? {
    guard let path, let position else { return nil }
    return UpgradeLocation(path: path, position: position)
  }
}
