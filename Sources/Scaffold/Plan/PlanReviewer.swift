import HCL

/// Reads a saved plan's JSON against a ``PlanResourceTable``: every destroy and
/// replacement, and a finding for each one the table knows.
///
/// Pure: bytes in, findings out. The CLI reads the file, gives the merged table
/// of the module lines, prints ``PlanReview/changes`` and the findings, and exits
/// 1 when a finding is an error.
public struct PlanReviewer: Sendable {
  /// What to flag.
  public var table: PlanResourceTable

  /// Makes a reviewer.
  public init(table: PlanResourceTable) { self.table = table }

  /// Reviews the plan JSON `bytes`, read from `path` (the findings' path).
  public func review(_ bytes: [UInt8], path: String) throws(PlanDocument.Failure) -> PlanReview {
    let document = try PlanDocument(json: bytes)
    var findings: [Finding] = []
    var categories: [PlanResourceTable.Category?] = []
    for change in document.changes {
      let entry = table.entry(type: change.type, moduleAddress: change.moduleAddress)
      categories.append(entry?.category)
      guard let entry else { continue }
      findings.append(finding(change, entry, path: path))
    }
    if document.errored || !document.complete {
      findings.append(
        Finding(
          .planIncomplete, .warning, path: path, position: nil,
          message: document.errored
            ? "terraform stopped planning at an error: this plan cannot be applied, and changes after the error are not in it"
            : "the plan defers some changes to a later plan: they are not reviewed here",
          hint: "fix what stopped the plan, then plan and review again"))
    }
    return PlanReview(document: document, categories: categories, findings: findings)
  }

  private func finding(_ change: PlannedChange, _ entry: PlanResourceTable.Entry, path: String) -> Finding {
    let rule: Finding.Rule
    let hint: String?
    switch entry.category {
    case .holdsData:
      rule = .planDestroysData
      hint =
        "do not apply this plan unless the data is backed up and meant to go; look for the changed input, or the missing moved block, that causes it"
    case .disruptive:
      rule = .planReplaces
      hint = "apply only in a maintenance window, with a state backup"
    case .expectedReplacement:
      rule = .planExpectedReplacement
      hint = nil
    }
    let verb = change.effect == .destroyed ? "destroyed" : "replaced"
    let notes = change.reasonText.map { [Finding.Note("reason: " + $0)] } ?? []
    return Finding(
      rule, entry.category.severity, path: path, position: nil,
      message: "\(change.displayAddress) would be \(verb): \(entry.why)", hint: hint, notes: notes,
      subject: change.displayAddress)
  }
}
