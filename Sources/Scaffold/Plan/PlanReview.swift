import HCL

/// What ``PlanReviewer`` found in a plan: the destroys and replacements, each
/// with the table's category, and the findings to print.
public struct PlanReview: Sendable {
  /// The plan as read.
  public var document: PlanDocument
  /// The table's category of each of ``PlanDocument/changes`` (same order),
  /// `nil` for a resource the table does not know.
  public var categories: [PlanResourceTable.Category?]
  /// One finding per known resource destroyed or replaced, in address order, then
  /// `plan-incomplete` when the plan is not whole.
  public var findings: [Finding]

  /// Makes a review.
  public init(document: PlanDocument, categories: [PlanResourceTable.Category?], findings: [Finding]) {
    self.document = document
    self.categories = categories
    self.findings = findings
  }

  /// Every destroy and replacement, sorted by address.
  public var changes: [PlannedChange] { document.changes }

  /// Whether applying the plan would lose data: some finding is an error.
  public var losesData: Bool { findings.contains { $0.severity == .error } }

  /// How many findings have `severity`.
  public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
