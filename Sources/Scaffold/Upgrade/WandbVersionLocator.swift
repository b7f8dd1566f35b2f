import HCL

/// Finds where the W&B Server version of a directory lives.
///
/// The version is the `wandb_version` argument of the `wandb/wandb/kubernetes` module
/// calls (the guide's `module "wandb_app"`, override files included). Written as a
/// plain string literal, that literal is the place; written exactly as `var.NAME`, the
/// places are the `NAME = "..."` assignments of every `.tfvars` file (or, when none
/// assigns it, the variable's `default`). Anything else (an expression, a template, a
/// heredoc) is refused: it cannot be bumped safely by replacing a string.
struct WandbVersionLocator {
  /// The registry address of the app module.
  static let appModule = "wandb/wandb/kubernetes"
  /// The argument holding the image tag.
  static let argument = "wandb_version"
  /// The app module's default for `wandb_version` (terraform-kubernetes-wandb 1.x).
  static let implicitDefault = "latest"

  /// A plain string literal that decides the version.
  struct Site: Sendable {
    /// What kind of place it is.
    enum Kind: Sendable, Equatable {
      /// `wandb_version = "..."` in `module "name"`.
      case moduleArgument(String)
      /// `name = "..."` in a `.tfvars` file.
      case variableValue(String)
      /// `default = "..."` of `variable "name"` (read, never edited).
      case variableDefault(String)
    }

    var kind: Kind
    var file: Int
    var attribute: AttributeSyntax
    var value: String

    /// Whether the planner edits this place (defaults are only read).
    var isEditable: Bool {
      if case .variableDefault = kind { return false }
      return true
    }
  }

  /// Every place `wandb_version` is set or read (not a diagnostic: what the
  /// planner edits or refuses over).
  struct Occurrences: Sendable {
    /// The primary `wandb/wandb/kubernetes` module calls.
    var appModules: [UpgradeWorkspace.ModuleBlock] = []
    /// The places that decide the version, without duplicates.
    var sites: [Site] = []
    /// App modules that set no `wandb_version` (in any of their blocks).
    var modulesWithout: [String] = []
    /// Variables the app modules read whose value no `.tfvars` file sets.
    var unassignedVariables: [String] = []
    /// `.tfvars` assignments of `wandb_version` that no app module reads.
    var unusedAssignments: [(file: Int, attribute: AttributeSyntax)] = []
  }

  let workspace: UpgradeWorkspace

  /// Locates the version.
  ///
  /// - Throws: ``UpgradeRefusal/Kind/notALiteral`` for a value that is not a plain
  ///   string or `var.NAME`, ``UpgradeRefusal/Kind/invalidConfiguration`` for a
  ///   variable that is read but not declared.
  func locate() throws(UpgradeRefusal) -> Occurrences {
    var finding = Occurrences()
    finding.appModules = workspace.moduleCalls(to: Self.appModule)
    var variables: [String] = []
    var seenModules: Set<String> = []
    for call in finding.appModules where seenModules.insert(call.name).inserted {
      var found = false
      for block in workspace.moduleBlocks(named: call.name) {
        guard let attribute = block.block.body.attribute(named: Self.argument) else { continue }
        found = true
        let file = workspace.files[block.file]
        if let value = plainString(attribute.expression, in: file.tree) {
          finding.sites.append(Site(kind: .moduleArgument(call.name), file: block.file, attribute: attribute, value: value))
        } else if let name = UpgradeWorkspace.variableName(of: attribute.expression) {
          if !variables.contains(name) { variables.append(name) }
        } else {
          throw notALiteral(attribute, in: file, what: "module \"\(call.name)\": \(Self.argument)")
        }
      }
      if !found { finding.modulesWithout.append(call.name) }
    }
    for name in variables {
      guard let declaration = workspace.variableDeclarations(named: name).first else {
        let user = finding.appModules.first.map { workspace.files[$0.file].location(ofToken: $0.block.typeToken) }
        throw UpgradeRefusal(
          .invalidConfiguration, "\(Self.argument) reads var.\(name), but no variable \"\(name)\" is declared",
          at: user, hint: "declare variable \"\(name)\" (Terraform rejects the configuration as it is)")
      }
      let assignments = workspace.assignments(of: name)
      for (index, attribute) in assignments {
        let file = workspace.files[index]
        guard let value = plainString(attribute.expression, in: file.tree) else {
          throw notALiteral(attribute, in: file, what: "\(name) in \(file.name)")
        }
        finding.sites.append(Site(kind: .variableValue(name), file: index, attribute: attribute, value: value))
      }
      guard assignments.isEmpty else { continue }
      finding.unassignedVariables.append(name)
      try readDefault(of: declaration, named: name, into: &finding)
    }
    if !variables.contains(Self.argument) {
      finding.unusedAssignments = workspace.assignments(of: Self.argument)
    }
    return finding
  }

  /// Adds the default of `variable "name"` as a read-only site (nothing when it has none
  /// or it is `null`: the module's own default, `latest`, applies).
  private func readDefault(
    of declaration: (file: Int, block: BlockSyntax), named name: String, into finding: inout Occurrences
  ) throws(UpgradeRefusal) {
    let file = workspace.files[declaration.file]
    guard let attribute = declaration.block.body.attribute(named: "default") else { return }
    if case .null = attribute.expression.kind { return }
    guard let value = plainString(attribute.expression, in: file.tree) else {
      throw notALiteral(attribute, in: file, what: "the default of variable \"\(name)\"")
    }
    finding.sites.append(
      Site(kind: .variableDefault(name), file: declaration.file, attribute: attribute, value: value))
  }

  /// The decoded value of a plain string literal; nil for anything else.
  private func plainString(_ expression: Expression, in tree: SyntaxTree) -> String? {
    guard tree.plainStringContents(of: expression) != nil, case .string(let value)? = tree.constantValue(of: expression)
    else { return nil }
    return value
  }

  private func notALiteral(_ attribute: AttributeSyntax, in file: UpgradeWorkspace.File, what: String) -> UpgradeRefusal {
    let text = file.tree.text(of: attribute.expression)
    var hint = "write it as a plain string such as \"0.58.1\" (or var.NAME set in terraform.tfvars), or change it by hand"
    if case .template(let template) = attribute.expression.kind, !template.isHeredoc, template.parts.count == 1,
      case .interpolation = template.parts[0]
    {
      hint = "`wbscaffold fmt` unwraps \(text) into a plain reference, which upgrade can follow"
    }
    let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
    return UpgradeRefusal(
      .notALiteral, "\(what) is not a plain string literal (\(shown)); only a literal can be bumped safely",
      at: file.location(of: attribute.expression), hint: hint)
  }

  /// The one value all sites agree on; nil when there are no sites.
  ///
  /// - Throws: ``UpgradeRefusal/Kind/conflicting`` listing every site when they disagree,
  ///   or when some app modules set the version and others do not.
  static func agreedValue(_ finding: Occurrences, in workspace: UpgradeWorkspace) throws(UpgradeRefusal) -> String? {
    var values = finding.sites.map(\.value)
    // A variable with neither a value nor a default leaves the module default, latest.
    let defaulted = finding.sites.compactMap { if case .variableDefault(let name) = $0.kind { name } else { nil } }
    if finding.unassignedVariables.contains(where: { !defaulted.contains($0) }) { values.append(implicitDefault) }
    let distinct = values.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    let partial = !finding.modulesWithout.isEmpty && finding.modulesWithout.count < Set(finding.appModules.map(\.name)).count
    guard distinct.count > 1 || partial else { return distinct.first }
    var sites = finding.sites.map { site in
      UpgradeRefusal.Site(workspace.files[site.file].location(of: site.attribute.expression), describe(site, in: workspace))
    }
    for name in finding.unassignedVariables where !defaulted.contains(name) {
      if let declaration = workspace.variableDeclarations(named: name).first {
        let file = workspace.files[declaration.file]
        sites.append(
          UpgradeRefusal.Site(
            file.location(ofToken: declaration.block.typeToken),
            "variable \"\(name)\" has no value and no default (the module default, latest, applies)"))
      }
    }
    for name in finding.modulesWithout {
      if let call = finding.appModules.first(where: { $0.name == name }) {
        sites.append(
          UpgradeRefusal.Site(
            workspace.files[call.file].location(ofToken: call.block.typeToken),
            "module \"\(name)\" sets no \(argument) (the module default, latest, applies)"))
      }
    }
    throw UpgradeRefusal(
      .conflicting, "\(argument) is set in several places that disagree; nothing was changed", sites: sites,
      hint: "make them agree (or keep only one), then run upgrade again")
  }

  /// `module "wandb_app": wandb_version = "0.58.1"` and the like, for refusals.
  static func describe(_ site: Site, in workspace: UpgradeWorkspace) -> String {
    let file = workspace.files[site.file]
    let text = file.tree.text(of: site.attribute.expression)
    switch site.kind {
    case .moduleArgument(let module):
      return "module \"\(module)\": \(argument) = \(text)"
    case .variableValue(let name):
      let loaded =
        file.role == .variableValues(isAutoLoaded: true)
        ? "loaded automatically; later files win" : "read only with -var-file"
      return "\(name) = \(text) (\(loaded))"
    case .variableDefault(let name):
      return "default = \(text) of variable \"\(name)\" (used when no .tfvars file sets it)"
    }
  }
}
