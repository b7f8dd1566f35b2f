import HCL

/// The edits of a step across majors outside the module calls' own arguments, made
/// once per step for every call: module calls the target replaces, references to
/// renamed outputs and rewired values, data sources nothing reads any more, provider
/// arguments that moved to a module input, and blocks the target needs (a provider).
struct ReferenceRewriter {
  let workspace: UpgradeWorkspace
  /// The names of the main module's calls (what `{call}` stands for).
  let calls: [String]
  /// The facts of the majors crossed.
  let migrations: [MajorMigration]

  /// The data sources (`type.name`) whose arguments read a call's outputs, with that
  /// call: only those are rewired to the call's outputs (a data source of another
  /// cluster is not the W&B one).
  private var wiredData: [String: String] {
    var out: [String: String] = [:]
    for index in workspace.configurationFiles {
      let tree = workspace.files[index].tree
      for block in tree.body.blocks(ofType: "data") where block.labels.count == 2 {
        guard let type = block.labels[0].value, let name = block.labels[1].value else { continue }
        let read = block.body.allExpressions.flatMap(\.traversals).first { traversal in
          traversal.root == "module" && traversal.leadingNames.first.map(calls.contains) == true
        }
        if let call = read?.leadingNames.first { out[type + "." + name] = call }
      }
    }
    return out
  }

  /// The edits, across every configuration file.
  func plan() throws(UpgradeRefusal) -> PartialPlan {
    var plan = PartialPlan()
    var removedRanges: [(file: Int, range: Range<Int>)] = []
    // Module calls the target takes the place of.
    for address in migrations.flatMap(\.removedModules) {
      var names: Set<String> = []
      for app in workspace.moduleCalls(to: address) where names.insert(app.name).inserted {
        for block in workspace.moduleBlocks(named: app.name) {
          let file = workspace.files[block.file]
          guard var edit = SourceEdits.removing(.block(block.block), in: file.tree) else {
            throw UpgradeRefusal(
              .unsupported, "module \"\(app.name)\" shares a line with other code; nothing was changed",
              at: file.location(ofToken: block.block.typeToken), hint: "remove it by hand")
          }
          if SourceEdits.keepsComments(edit) {
            // Say where the comments left in its place come from.
            let indent = SourceEdits.indentation(ofLineAt: edit.range.lowerBound, in: file.tree)
            let ending = file.tree.lineEnding(near: edit.range.lowerBound)
            edit.replacement = Array("\(indent)# Kept from module \"\(app.name)\", which wbscaffold upgrade removed:\(ending)".utf8)
              + edit.replacement
          }
          if let pinned = block.block.body.attribute(named: WandbVersionLocator.argument),
            case .string(let version)? = file.tree.constantValue(of: pinned.expression)
              ?? UpgradeWorkspace.variableName(of: pinned.expression).flatMap({ name in
                workspace.assignments(of: name).last.flatMap {
                  workspace.files[$0.file].tree.constantValue(of: $0.attribute.expression)
                }
              })
          {
            plan.notes.append(
              Finding(
                .preOperatorModule, .warning,
                "module \"\(app.name)\" ran W&B Server \(version) (wandb_version); the operator installs the release channel's version unless you pin \(version) in the W&B System Console (Disable Auto Upgrades)",
                at: file.location(of: pinned.expression)))
          }
          plan.removedModules.insert(address)
          removedRanges.append((block.file, file.tree.byteRange(of: SourceEdits.tokens(of: .block(block.block)).lowerBound..<(block.block.closeBrace + 1))))
          plan.edits.append(
            PendingEdit(
              path: file.path, edit: edit, anchor: .original(offset: edit.range.lowerBound), expected: nil,
              summary: "removed module \"\(app.name)\" (\(address)): the main module deploys W&B Server from this major"
                + (SourceEdits.keepsComments(edit) ? "; its comments are kept" : "")))
        }
      }
    }
    let renamedOutputs = migrations.reduce(into: [String: String]()) { $0.merge($1.renamedOutputs) { $1 } }
    let rewrites = migrations.flatMap(\.rewrites)
    let unusedTypes = Set(migrations.flatMap(\.unusedDataSources))
    let wired = rewrites.isEmpty ? [:] : wiredData
    let removedNames = Set(migrations.flatMap(\.removedModules).flatMap { workspace.moduleCalls(to: $0).map(\.name) })
    var stillRead: Set<String> = []
    var dangling: [UpgradeRefusal.Site] = []
    for index in workspace.configurationFiles {
      let file = workspace.files[index]
      let inRemoved = { (offset: Int) in removedRanges.contains { $0.file == index && $0.range.contains(offset) } }
      for traversal in file.tree.body.allExpressions.flatMap(\.traversals) {
        let start = file.tree.byteRange(of: traversal.expression.tokens).lowerBound
        guard !inRemoved(start) else { continue }
        if traversal.root == "module", let name = traversal.leadingNames.first, removedNames.contains(name) {
          dangling.append(.init(file.location(of: traversal.expression), file.tree.text(of: traversal.expression)))
          continue
        }
        let dataKey = traversal.leadingNames.prefix(2).joined(separator: ".")
        if traversal.root == "data", let call = wired[dataKey], let rewrite = rewrites.first(where: { Self.matches($0, traversal) }) {
          let matched = traversal.prefixes[rewrite.steps.count]
          let text = rewrite.replacement.split(separator: "{call}", omittingEmptySubsequences: false).joined(separator: call)
          let edit = SourceEdits.replacing(matched, with: text, in: file.tree)
          plan.edits.append(
            PendingEdit(
              path: file.path, edit: edit, anchor: .original(offset: edit.range.lowerBound), expected: nil,
              summary: "\(file.tree.text(of: matched)) -> \(text) (\(rewrite.why))"))
          continue
        }
        if traversal.root == "module", traversal.leadingNames.count >= 2, calls.contains(traversal.leadingNames[0]),
          let new = renamedOutputs[traversal.leadingNames[1]]
        {
          let call = traversal.leadingNames[0]
          let nameToken = traversal.prefixes[2].tokens.upperBound - 1
          let edit = ByteEdit(range: file.tree.byteRange(of: nameToken..<(nameToken + 1)), text: new)
          plan.edits.append(
            PendingEdit(
              path: file.path, edit: edit, anchor: .original(offset: edit.range.lowerBound), expected: nil,
              summary: "module.\(call).\(traversal.leadingNames[1]) -> module.\(call).\(new) (the output was renamed)"))
          continue
        }
        if traversal.root == "data", traversal.leadingNames.count >= 2 { stillRead.insert(dataKey) }
      }
    }
    // A reference to a module call this step removes cannot be rewritten: say where, change nothing.
    if let first = dangling.first {
      throw UpgradeRefusal(
        .migrationBlocked,
        "this step removes module \"\(removedNames.sorted().joined(separator: "\", \""))\", and \(dangling.count) reference\(dangling.count == 1 ? "" : "s") to it would be left; nothing was changed",
        at: first.location, sites: Array(dangling.dropFirst()),
        hint: "remove those references (what the removed module did, the main module does from this major), then run again")
    }
    // Data sources the rewrites left unread.
    if !rewrites.isEmpty {
      for index in workspace.configurationFiles {
        let file = workspace.files[index]
        for block in file.tree.body.blocks(ofType: "data") where block.labels.count == 2 {
          guard let type = block.labels[0].value, let name = block.labels[1].value, unusedTypes.contains(type),
            wired[type + "." + name] != nil, !stillRead.contains(type + "." + name),
            let edit = SourceEdits.removing(.block(block), in: file.tree)
          else { continue }
          plan.edits.append(
            PendingEdit(
              path: file.path, edit: edit, anchor: .original(offset: edit.range.lowerBound), expected: nil,
              summary: "removed data \"\(type)\" \"\(name)\": nothing reads it after the rewiring"))
        }
      }
    }
    plan.edits += try providerArgumentRemovals()
    plan.edits += additions()
    return plan
  }

  /// The provider arguments that moved to a module input, taken out of every provider
  /// block without an `alias` (an aliased provider is not what the module uses).
  private func providerArgumentRemovals() throws(UpgradeRefusal) -> [PendingEdit] {
    var out: [PendingEdit] = []
    for move in migrations.flatMap(\.movedProviderArguments) {
      let found = Self.providerArguments(move, in: workspace)
      // What the calls that set the input already keep, and the value the others take.
      let setAlready = calls.filter { call in
        workspace.moduleBlocks(named: call).contains { $0.block.body.attribute(named: move.input) != nil }
      }
      let taken = found.first.map { MigrationPlanner.argumentValue($0.attribute, in: workspace.files[$0.file].tree) }
      for (index, label, attribute) in found {
        let file = workspace.files[index]
        let carried = setAlready.isEmpty && MigrationPlanner.argumentValue(attribute, in: file.tree) == taken
        let fate =
          carried
          ? "the module's \(move.input) takes its value"
          : !setAlready.isEmpty
            ? "it is kept as a comment: merge it into the \(move.input) that module \"\(setAlready[0])\" sets, by hand"
            : "it differs from provider \"\(found[0].label)\"'s, which the module's \(move.input) takes: it is kept as a comment, merge it by hand"
        guard var edit = SourceEdits.removing(.attribute(attribute), in: file.tree) else {
          throw UpgradeRefusal(
            .unsupported, "provider \"\(label)\": \(move.argument) shares a line with other code; nothing was changed",
            at: file.location(ofToken: attribute.nameToken), hint: "put it on lines of its own, or move it by hand")
        }
        if !carried {
          // A value nothing else takes is never lost: its lines stay, commented out.
          let lineStart = file.tree.lineRange(containing: Int(file.tree.tokens[attribute.nameToken].start)).lowerBound
          let end = SourceEdits.lineBreak(after: attribute.expression.tokens.upperBound - 1, in: file.tree) ?? edit.range.upperBound
          let indent = SourceEdits.indentation(ofLineAt: lineStart, in: file.tree)
          let ending = file.tree.lineEnding(near: lineStart)
          let lines = SourceEdits.lines(lineStart..<end, in: file.tree, removing: indent).map { indent + "# " + $0 + ending }
          edit = ByteEdit(range: lineStart..<end, text: lines.joined())
        }
        out.append(
          PendingEdit(
            path: file.path, edit: edit, anchor: .original(offset: edit.range.lowerBound), expected: nil,
            summary: "provider \"\(label)\": \(carried ? "removed" : "commented out") \(move.argument) (\(move.why)); \(fate)"))
      }
    }
    return out
  }

  /// Every `move.argument` of a provider block `move` names that has no `alias`, in file order.
  static func providerArguments(_ move: ProviderArgumentMove, in workspace: UpgradeWorkspace)
    -> [(file: Int, label: String, attribute: AttributeSyntax)]
  {
    workspace.configurationFiles.flatMap { index in
      workspace.files[index].tree.body.blocks(ofType: "provider").compactMap { provider in
        guard let label = provider.labels.first?.value, move.providers.contains(label),
          provider.body.attribute(named: "alias") == nil, let attribute = provider.body.attribute(named: move.argument)
        else { return nil }
        return (index, label, attribute)
      }
    }
  }

  /// Whether `traversal` starts with `rewrite`'s pattern.
  static func matches(_ rewrite: TraversalRewrite, _ traversal: Traversal) -> Bool {
    guard traversal.root == rewrite.root, traversal.steps.count >= rewrite.steps.count else { return false }
    for (pattern, step) in zip(rewrite.steps, traversal.steps) {
      switch (pattern, step) {
      case (.name(let a), .attribute(let b)) where a == b: continue
      case (.anyName, .attribute): continue
      case (.index(let a), .index(let b)) where a == b: continue
      default: return false
      }
    }
    return true
  }

  /// The blocks to add that the configuration does not have yet.
  private func additions() -> [PendingEdit] {
    var out: [PendingEdit] = []
    var added: Set<String> = []
    for addition in migrations.flatMap(\.addedBlocks) {
      let key = ([addition.type] + addition.labels.prefix(1)).joined(separator: " ")
      let exists = workspace.configurationFiles.contains { index in
        !workspace.files[index].tree.body.blocks(ofType: addition.type, label: addition.labels.first).isEmpty
      }
      guard !exists, added.insert(key).inserted else { continue }
      for index in workspace.configurationFiles where workspace.files[index].role == .configuration(isOverride: false) {
        let file = workspace.files[index]
        guard let after = file.tree.body.blocks(ofType: addition.after.type, label: addition.after.label).first else { continue }
        var lines = ["\(addition.type) " + addition.labels.map { StringLiteral.quoted($0) }.joined(separator: " ") + " {"]
        for line in addition.body {
          let trimmed = line.trimmingPrefix(while: { $0 == " " })
          let indent = "  " + String(line.prefix { $0 == " " })
          if trimmed == "{copy}" {
            lines += Self.bodyLines(of: after, in: file.tree).map { $0.isEmpty ? "" : indent + $0 }
          } else if trimmed.hasPrefix("{copy:"), trimmed.hasSuffix("}") {
            for name in trimmed.dropFirst(6).dropLast().split(separator: ",") {
              guard let attribute = after.body.attribute(named: String(name)) else { continue }
              let value = MigrationPlanner.argumentValue(attribute, in: file.tree).split(separator: "\n", omittingEmptySubsequences: false)
              lines.append(indent + "\(name) = " + value[0])
              lines += value.dropFirst().map { indent + $0 }
            }
          } else {
            lines.append("  " + line)
          }
        }
        lines.append("}")
        guard let edit = SourceEdits.insertingBlock(lines, after: .block(after), in: file.tree) else { continue }
        out.append(
          PendingEdit(
            path: file.path, edit: edit, anchor: .original(offset: edit.range.lowerBound), expected: nil,
            summary: "added \(addition.type) \(addition.labels.map { StringLiteral.quoted($0) }.joined(separator: " ")) (\(addition.why))"))
        break
      }
    }
    return out
  }

  /// The lines of a block's body as written, without the body's own indentation (for a
  /// block written on one line, each of its items on a line of its own).
  static func bodyLines(of block: BlockSyntax, in tree: SyntaxTree) -> [String] {
    guard let first = block.body.items.first, let last = block.body.items.last else { return [] }
    if tree.position(of: SourceEdits.tokens(of: first).lowerBound).line == tree.position(of: block.openBrace).line {
      return block.body.items.flatMap { item in
        let range = SourceEdits.tokens(of: item)
        return [String(decoding: tree.source[tree.byteRange(of: range.lowerBound..<(range.upperBound + 1))], as: UTF8.self)]
      }
    }
    let start = tree.lineRange(containing: Int(tree.tokens[SourceEdits.tokens(of: first).lowerBound].start)).lowerBound
    let end = tree.lineRange(containing: Int(tree.tokens[SourceEdits.tokens(of: last).upperBound].start)).upperBound
    return SourceEdits.lines(start..<end, in: tree, removing: SourceEdits.indentation(ofLineAt: start, in: tree))
  }
}
