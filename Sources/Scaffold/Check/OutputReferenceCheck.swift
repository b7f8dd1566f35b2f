import HCL

/// `module.NAME.ATTR` references to outputs the called release does not have.
/// Terraform fails the plan on them with "Unsupported attribute", and they pass
/// every other check: `module.wandb_infra.cluster_id` after the aws module renamed
/// it `cluster_name` in 5.0.0, or `internal_app_port` after 5.0.0 removed it.
///
/// Only calls whose release has a recorded interface are judged; the hint says
/// what the catalogue knows (a rename or removal, the releases that still have
/// the output, or a near name).
struct OutputReferenceCheck: CheckRule {
  func check(_ context: CheckContext, findings: inout FindingList) {
    var resolved: [String: (module: CatalogModule, release: SemanticVersion, interface: ModuleInterface)] = [:]
    for (module, calls) in context.calledModules() {
      for (call, release, resolution) in calls {
        guard let release, let interface = resolution.interface else { continue }
        resolved[call.label] = (module, release, interface)
      }
    }
    guard !resolved.isEmpty else { return }
    for file in context.files {
      visit(file.tree.body, file: file, resolved: resolved, findings: &findings)
    }
  }

  private func visit(
    _ body: Body, file: ConfigurationFile,
    resolved: [String: (module: CatalogModule, release: SemanticVersion, interface: ModuleInterface)],
    findings: inout FindingList
  ) {
    // depends_on names resources, and moved/removed/import blocks name state
    // addresses (module.x.module.y..., module.x.resource.name), not outputs.
    for attribute in body.attributes where attribute.name != "depends_on" {
      for (name, output, token) in Self.references(in: attribute.expression) {
        guard let (module, release, interface) = resolved[name], interface.output(named: output) == nil else { continue }
        findings.add(
          .unknownModuleOutput, .error, in: file, at: token,
          "module.\(name).\(output): \(module.source) \(release) has no output \"\(output)\"; the plan fails with \"Unsupported attribute\"",
          hint: hint(output, module: module, release: release, interface: interface))
      }
    }
    for block in body.blocks where !["moved", "removed", "import"].contains(block.type) {
      visit(block.body, file: file, resolved: resolved, findings: &findings)
    }
  }

  private func hint(_ output: String, module: CatalogModule, release: SemanticVersion, interface: ModuleInterface) -> String? {
    if let trap = module.outputTraps.first(where: { $0.argument == output && $0.applies(to: release) }) {
      return trap.message
    }
    let having = module.releases(havingOutput: output)
    if !having.isEmpty {
      return "an output of \(module.shortName) \(having.joined(separator: ", ")), not of \(release)"
    }
    return NameSuggestion.hint(for: output, in: interface.outputs.map(\.name))
  }

  /// Every `module.NAME.ATTR` (or `module.NAME[i].ATTR`) in `expression`, with the token of `module`.
  static func references(in expression: Expression) -> [(module: String, output: String, token: Int)] {
    var out: [(String, String, Int)] = []
    if case .getAttribute(let base, let output) = expression.kind {
      var root = base
      if case .index(let inner, _) = root.kind { root = inner }
      if case .legacyIndex(let inner, _) = root.kind { root = inner }
      if case .getAttribute(let head, let name) = root.kind, case .variable("module") = head.kind {
        out.append((name, output, expression.tokens.lowerBound))
        return out
      }
    }
    for child in expression.children { out += references(in: child) }
    return out
  }
}

extension Finding.Rule {
  /// A `module.NAME.ATTR` reference to an output the resolved release does not have.
  public static let unknownModuleOutput = Finding.Rule("unknown-module-output")
}
