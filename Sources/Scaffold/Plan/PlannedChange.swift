/// One entry of a plan's `resource_changes` that loses the object it had: a
/// destroy, or a replacement (destroy and create, in either order).
///
/// Creates, in-place updates, reads, no-ops and `forget` (a `removed` block
/// with `destroy = false`, which keeps the object) are not planned changes in
/// this sense; ``PlanDocument`` counts them but keeps no entry for them.
public struct PlannedChange: Sendable, Hashable, Comparable {
  /// What happens to the object.
  public enum Effect: String, Sendable, Hashable {
    /// `["delete"]`.
    case destroyed
    /// `["delete", "create"]`, or with `create_before_destroy` `["create", "delete"]`.
    case replaced
  }

  /// The resource instance address, such as `module.db.aws_db_instance.this[0]`.
  public var address: String
  /// The module part of ``address``; `nil` in the root module.
  public var moduleAddress: String?
  /// The resource type, such as `google_sql_database_instance`.
  public var type: String
  /// The resource name in its module, such as `this`.
  public var name: String
  /// Destroyed or replaced.
  public var effect: Effect
  /// The actions as the plan lists them (`delete`, `create`), so a replacement
  /// can tell create-before-destroy from destroy-before-create.
  public var actions: [String]
  /// The plan's `action_reason`, such as `replace_because_cannot_update`; `nil`
  /// when the plan gives none (a destroy the configuration asked for, such as
  /// `terraform plan -destroy`).
  public var reason: String?
  /// The attributes that force a replacement (`change.replace_paths`), each
  /// written as a Terraform traversal: `ami_type`, `launch_template[0].version`.
  public var replacePaths: [String]
  /// The deposed object key when the change is about a deposed object (one a
  /// failed create-before-destroy left behind), not the current one.
  public var deposed: String?

  /// Makes a planned change.
  public init(
    address: String, moduleAddress: String?, type: String, name: String, effect: Effect, actions: [String],
    reason: String? = nil, replacePaths: [String] = [], deposed: String? = nil
  ) {
    self.address = address
    self.moduleAddress = moduleAddress
    self.type = type
    self.name = name
    self.effect = effect
    self.actions = actions
    self.reason = reason
    self.replacePaths = replacePaths
    self.deposed = deposed
  }

  /// Whether a replacement creates the new object before destroying the old one.
  public var createsBeforeDestroying: Bool { actions.first == "create" }

  /// The address, with ` (deposed object KEY)` for a deposed object.
  public var displayAddress: String { address + (deposed.map { " (deposed object \($0))" } ?? "") }

  /// Why, in words, for the listing: `cannot update in place: ami_type`,
  /// `replacement requested with -replace`; `nil` without a reason.
  public var reasonText: String? {
    var text: String
    switch reason {
    case nil: text = ""
    case "replace_because_cannot_update": text = "cannot update in place"
    case "replace_because_tainted": text = "tainted"
    case "replace_by_request": text = "requested with -replace"
    case "replace_by_triggers": text = "replace_triggered_by"
    case "delete_because_no_resource_config": text = "no longer in the configuration"
    case "delete_because_no_module": text = "its module is no longer in the configuration"
    case "delete_because_wrong_repetition": text = "count or for_each added or removed"
    case "delete_because_count_index": text = "count index out of range"
    case "delete_because_each_key": text = "for_each key no longer present"
    case "delete_because_no_move_target": text = "moved to an address that does not exist"
    case let other?: text = other
    }
    if !replacePaths.isEmpty { text += (text.isEmpty ? "" : ": ") + replacePaths.joined(separator: ", ") }
    if effect == .replaced && createsBeforeDestroying { text += (text.isEmpty ? "" : "; ") + "new one created first" }
    return text.isEmpty ? nil : text
  }

  /// `address: replaced (cannot update in place: ami_type)`.
  public var line: String {
    displayAddress + ": " + effect.rawValue + (reasonText.map { " (\($0))" } ?? "")
  }

  /// By address, then deposed key (the current object first).
  public static func < (a: PlannedChange, b: PlannedChange) -> Bool {
    if a.address != b.address { return a.address < b.address }
    return (a.deposed ?? "") < (b.deposed ?? "")
  }
}
