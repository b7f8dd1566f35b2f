import HCL

/// Raises the root module's `required_version` and `required_providers` to what the
/// target release needs, keeping the style each constraint is written in (see
/// ``VersionConstraint/raised(toAdmit:)``), and adds a provider entry the root lacks.
///
/// Only plain string literals are edited; a constraint that already admits what the
/// target needs is never touched. A missing `required_version` is not added
/// (Terraform then takes the module's own); a missing `required_providers` entry is
/// added to the first `required_providers` block, in the object form.
struct RequirementsRaise {
  let workspace: UpgradeWorkspace
  /// The target release's Terraform constraint.
  let terraform: VersionConstraint
  /// Every provider the root needs, by local name: the target's own and the ones the
  /// crossed majors record.
  let providers: [String: ProviderRequirement]
  /// The local names a missing entry is added for: providers the root configures
  /// (a `provider` block) or that the crossed majors say the root needs. Others are
  /// the module's business; Terraform reads their constraints from it.
  let addable: Set<String>
  /// How the target is named in explanations (`aws 8.0.0`).
  let target: String

  func plan() -> PartialPlan {
    var plan = PartialPlan()
    var declared: Set<String> = []
    var firstList: (file: Int, block: BlockSyntax)?
    for index in workspace.configurationFiles {
      let file = workspace.files[index]
      for block in file.tree.body.blocks(ofType: "terraform") {
        if let attribute = block.body.attribute(named: "required_version") {
          raise(attribute.expression, in: index, to: terraform, what: "required_version", into: &plan)
        }
        for list in block.body.blocks(ofType: "required_providers") {
          if firstList == nil, file.role == .configuration(isOverride: false) { firstList = (index, list) }
          for entry in list.body.attributes {
            let source = Self.source(of: entry, in: file.tree)
            guard let (name, requirement) = providers.first(where: { RequirementsCheck.canonical($0.value.source) == source })
            else { continue }
            declared.insert(name)
            if let version = Self.version(of: entry) {
              raise(version, in: index, to: requirement.version, what: "\(entry.name) provider", into: &plan)
            }
          }
        }
      }
    }
    guard let (index, list) = firstList else { return plan }
    let file = workspace.files[index]
    let anchor = list.body.attributes.last
    let configured = Set(
      workspace.configurationFiles.flatMap { workspace.files[$0].tree.body.blocks(ofType: "provider").compactMap { $0.labels.first?.value } })
    for (name, requirement) in providers.sorted(by: { $0.key < $1.key })
    where !declared.contains(name) && (addable.contains(name) || configured.contains(name)) {
      let value = "{\n  source  = \(StringLiteral.quoted(requirement.source))\n  version = \(StringLiteral.quoted(requirement.version.description))\n}"
      guard let edit = SourceEdits.insertingAttribute(name, value: value, into: list, after: anchor, in: file.tree) else { continue }
      plan.edits.append(
        PendingEdit(
          path: file.path, edit: edit, anchor: .original(offset: edit.range.lowerBound), expected: nil,
          summary: "required_providers: added \(name) = \(requirement.source) \"\(requirement.version)\" (\(target) needs it)"))
    }
    return plan
  }

  /// Replaces a plain string constraint with its raised form, when it needs raising.
  private func raise(
    _ expression: Expression, in index: Int, to required: VersionConstraint, what: String, into plan: inout PartialPlan
  ) {
    let file = workspace.files[index]
    guard let range = file.tree.plainStringContents(of: expression),
      case .string(let text)? = file.tree.constantValue(of: expression),
      let written = try? VersionConstraint(text, dialect: required.dialect), let raised = written.raised(toAdmit: required)
    else { return }
    plan.edits.append(
      PendingEdit(
        path: file.path, edit: ByteEdit(range: range, text: raised.description),
        anchor: .original(offset: range.lowerBound), expected: nil,
        summary: "\(what) \(StringLiteral.quoted(text)) -> \(StringLiteral.quoted(raised.description)) (\(target) requires \"\(required)\")"))
  }

  /// The canonical source of a `required_providers` entry (`hashicorp/NAME` when unset).
  static func source(of entry: AttributeSyntax, in tree: SyntaxTree) -> String {
    if case .object(let items)? = tree.constantValue(of: entry.expression) {
      for item in items where item.key == "source" {
        if case .string(let text) = item.value { return RequirementsCheck.canonical(text) }
      }
    }
    return "hashicorp/" + entry.name
  }

  /// The version string of an entry: the legacy string form, or the object's `version`.
  static func version(of entry: AttributeSyntax) -> Expression? {
    switch entry.expression.kind {
    case .template: return entry.expression
    case .object:
      return entry.expression.member("version")
    default: return nil
    }
  }
}
