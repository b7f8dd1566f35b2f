import Scaffold

/// The sizing every line completes the same way: the W&B reference architecture's
/// machine types for `--workload` and `--environment`, explicit node and database
/// types over them, and, on a line with size presets, the preset whose database
/// matches (unless `--size` was given).
enum ReferenceSizing {
  /// Sets `a.sizing` (and the size preset) from the answers; `reference` is the
  /// line's table, `nodes` and `database` the explicit types, if any.
  static func complete(
    _ a: inout Answers, explicit: Set<String>, nodes: [String], database: String?, presets: [SizePreset],
    reference: (Workload, Environment) -> Sizing
  ) {
    let sized = a.workload != nil || a.environment != nil
    if sized || !nodes.isEmpty || database != nil {
      // The reference architecture is named only when it supplied a value.
      let base = sized && (nodes.isEmpty || database == nil) ? reference(a.workload ?? .both, a.environment ?? .dev) : nil
      a.sizing = Sizing(
        nodeMachineTypes: nodes.isEmpty ? base?.nodeMachineTypes ?? [] : nodes,
        databaseClass: database ?? base?.databaseClass ?? "", origin: base?.origin ?? "explicit flags")
    }
    // Only sizing asked for in this run picks the preset: on a re-run the size in
    // the files stands, as the user may have chosen it over the workload's.
    let askedNow = explicit.contains(CoreQuestions.workload) || explicit.contains(CoreQuestions.environment)
    if a.size != nil, !explicit.contains(CoreQuestions.size), let sizing = a.sizing, sized, askedNow {
      a.set(CoreQuestions.size, SizePreset.matching(database: sizing.databaseClass, in: presets)?.size ?? a.size)
    }
  }

  /// The node and database types the sizing chose, to write over the size
  /// preset (every one, so each release a `~>` pin admits gets the same
  /// machines, whatever its own presets), and where they come from; nil
  /// without sizing.
  static func overrides(_ a: Answers) -> (node: String?, database: String?, origin: String)? {
    guard let sizing = a.sizing else { return nil }
    return (sizing.nodeMachineTypes.first, sizing.databaseClass.isEmpty ? nil : sizing.databaseClass, sizing.origin)
  }
}
