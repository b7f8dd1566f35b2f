/// The rules of `plan-review`, one per ``PlanResourceTable/Category`` and one for
/// a plan that does not show every change.
extension Finding.Rule {
  /// The plan destroys or replaces a resource that holds data (error).
  public static let planDestroysData = Finding.Rule("plan-destroys-data")
  /// The plan destroys or replaces a resource the deployment runs on (warning).
  public static let planReplaces = Finding.Rule("plan-replaces")
  /// The plan replaces what a module upgrade step is known to replace (note).
  public static let planExpectedReplacement = Finding.Rule("plan-expected-replacement")
  /// The plan errored or deferred changes, so the review may miss some (warning).
  public static let planIncomplete = Finding.Rule("plan-incomplete")
}
