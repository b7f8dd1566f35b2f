import HCL

/// Plans the edits one step across module majors needs in the user's own files,
/// beyond the pin itself: from the catalogue, the inputs the target release no
/// longer declares (removed, their comments kept) and the required ones it adds; from
/// the line's ``MajorMigration`` facts for every major the step crosses, the values
/// that keep an existing install running, renamed inputs and outputs, module calls
/// that must go, references to rewire, blocks to add, and blocking conditions.
/// Terraform and provider pins are raised by ``RequirementsRaise``.
///
/// Every edit is one ``PendingEdit`` with a one-line explanation; nothing is edited
/// in JSON files or in files that do not parse (the workspace refuses those first).
struct MigrationPlanner {
  let workspace: UpgradeWorkspace
  let catalog: ModuleCatalog
  /// The main module's address.
  let module: String
  /// The release the call is on, and the one this step moves it to.
  let from: SemanticVersion
  let to: SemanticVersion
  /// The facts of the majors crossed (`from.major + 1 ... to.major`), in order.
  let migrations: [MajorMigration]
  /// Values given with `--input NAME=EXPRESSION`.
  let inputs: [String: String]

  /// Plans the step for the call named `name`.
  func plan(call name: String) throws(UpgradeRefusal) -> PartialPlan {
    guard let interface = catalog.module(module)?.interface(for: to) else { return PartialPlan() }
    let blocks = workspace.moduleBlocks(named: name)
    guard let primary = blocks.first(where: { !$0.isOverride }) else { return PartialPlan() }
    var plan = PartialPlan()
    try refuseBlockers(blocks, notes: &plan.notes)
    var setNames = Set(blocks.flatMap { $0.block.body.attributes.map(\.name) })
    let renames = migrations.flatMap(\.renamedInputs)
    // Renamed inputs first: their value moves to the new names, in every block that
    // sets the old one (an override file's too, as Terraform merges it over the first).
    var renamed: Set<Int> = []  // the name tokens of renamed arguments, by file offset
    for rename in renames where !interface.declaresInput(rename.old) {
      for block in blocks {
        guard let attribute = block.block.body.attribute(named: rename.old) else { continue }
        let file = workspace.files[block.file]
        let (value, how) = renamedValue(rename, attribute, in: block)
        let names = rename.new.filter { block.block.body.attribute(named: $0) == nil }
        guard let first = names.first else { continue }
        // The old argument becomes the first new one in place, its `=` where it was when
        // the name fits; the others follow it.
        let width = Int(file.tree.tokens[attribute.equalsToken].start) - Int(file.tree.tokens[attribute.nameToken].start)
        var edits = [
          ByteEdit(
            range: file.tree.byteRange(of: attribute.nameToken..<attribute.expression.tokens.upperBound),
            text: "\(first.padding(to: width - 1)) = \(value)")
        ]
        for new in names.dropFirst() {
          guard let edit = SourceEdits.insertingAttribute(new, value: value, into: block.block, after: attribute, in: file.tree)
          else { throw unsupported("rename \(rename.old) in", name, at: file.location(ofToken: attribute.nameToken)) }
          edits.append(edit)
        }
        for (new, edit) in zip(names, edits) {
          plan.edits.append(
            PendingEdit(
              path: file.path, edit: edit, anchor: .argument(module: name, name: new, atName: true),
              // A value over several lines is re-indented by fmt: only its place is read back.
              expected: value.contains("\n") ? nil : value,
              summary: "module \"\(name)\": \(new) = \(Self.displayed(value)) (was \(rename.old) = \(Self.displayed(file.tree.text(of: attribute.expression)))\(how.map { ": " + $0 } ?? "")); \(rename.note)"))
          setNames.insert(new)
        }
        renamed.insert(block.file << 32 | Int(file.tree.tokens[attribute.nameToken].start))
        setNames.remove(rename.old)
      }
    }
    // Inputs the target does not declare, renamed ones included, are taken out.
    for block in blocks {
      let file = workspace.files[block.file]
      for attribute in block.block.body.attributes
      where !ModuleCallCheck.metaArguments.contains(attribute.name) && !interface.declaresInput(attribute.name)
        && !renamed.contains(block.file << 32 | Int(file.tree.tokens[attribute.nameToken].start))
      {
        guard let edit = SourceEdits.removing(.attribute(attribute), in: file.tree) else {
          throw unsupported("remove \(attribute.name) from", name, at: file.location(ofToken: attribute.nameToken))
        }
        plan.edits.append(
          PendingEdit(
            path: file.path, edit: edit, anchor: .original(offset: edit.range.lowerBound), expected: nil,
            summary: "module \"\(name)\": removed \(attribute.name) = \(Self.displayed(file.tree.text(of: attribute.expression))): not an input of \(shortName) \(to)"
              + (SourceEdits.keepsComments(edit) ? "; its comments are kept" : "")))
        setNames.remove(attribute.name)
      }
    }
    // New inputs: the facts' values first, then what the catalogue requires.
    var missing: [String] = []
    var additions: [(name: String, value: String, shown: String, why: String)] = []
    // Provider arguments that move to an input (the providers lose them once, in
    // ReferenceRewriter): the first unaliased provider's value, unless the call sets it.
    for move in migrations.flatMap(\.movedProviderArguments)
    where !setNames.contains(move.input) && interface.declaresInput(move.input) {
      guard let (index, label, attribute) = ReferenceRewriter.providerArguments(move, in: workspace).first else { continue }
      let value = Self.argumentValue(attribute, in: workspace.files[index].tree)
      additions.append((move.input, value, Self.shown(value), "moved from provider \"\(label)\" \(move.argument); \(move.why)"))
      setNames.insert(move.input)
    }
    for input in migrations.flatMap(\.newInputs)
    where interface.declaresInput(input.name) && !setNames.contains(input.name) {
      guard input.unlessSet.allSatisfy({ !setNames.contains($0) }),
        input.onlyWhenCalling.map({ !workspace.moduleCalls(to: $0).isEmpty }) ?? true
      else { continue }
      guard let value = inputs[input.name] ?? value(of: input) else {
        if interface.input(named: input.name)?.isRequired == true { missing.append(input.name) }
        continue
      }
      let given = inputs[input.name] != nil
      let shown: String
      if !given, case .movedFrom(let address, let argument) = input.value, !Self.isReference(value) {
        // A string moved from another module may be a secret (a license): never shown.
        let owner = workspace.moduleCalls(to: address).first.map { "module \"\($0.name)\"" } ?? address
        shown = "(the \(argument) \(owner) passed, not shown)"
      } else if !given, case .expression = input.value {
        shown = value  // a value of the line's own facts, never the user's
      } else {
        shown = Self.displayed(value)
      }
      if given, case .expression(let safe) = input.value, safe != value {
        plan.notes.append(
          Finding(
            .majorUpgrade, .warning,
            "--input \(input.name) = \(Self.displayed(value)) replaces the value that keeps an install running, \(safe): \(input.why)"))
      }
      additions.append((input.name, value, shown, given ? "given with --input" : input.why))
      setNames.insert(input.name)
    }
    // Only what the target newly requires: an input the current release required
    // too and the call lacks is an error the configuration already has.
    let before = catalog.module(module)?.interface(for: from)
    for required in interface.requiredInputs
    where !setNames.contains(required) && !missing.contains(required) && before?.input(named: required)?.isRequired != true {
      if let value = inputs[required] {
        additions.append((required, value, Self.displayed(value), "given with --input"))
        setNames.insert(required)
      } else {
        missing.append(required)
      }
    }
    // A value given for an input this step does not add is a mistake: say so, change nothing.
    let used = Set(additions.filter { $0.why == "given with --input" }.map(\.name))
    if let unused = inputs.keys.sorted().first(where: { !used.contains($0) }) {
      let why =
        !interface.declaresInput(unused) ? "\(shortName) \(to) has no input \"\(unused)\""
        : setNames.contains(unused) ? "module \"\(name)\" sets \(unused) already; edit it by hand"
        : "this step adds no \(unused)"
      var refusal = UpgradeRefusal(.usage, "\(why); nothing was changed")
      refusal.flag = "--input"
      throw refusal
    }
    guard missing.isEmpty else {
      var refusal = UpgradeRefusal(
        .missingInput,
        "\(shortName) \(to) requires \(missing.map { "\"\($0)\"" }.joined(separator: ", ")), which module \"\(name)\" does not set and wbscaffold has no safe value for; nothing was changed",
        at: workspace.files[primary.file].location(ofToken: primary.block.typeToken),
        hint: "pass " + missing.map { "--input \($0)=EXPRESSION" }.joined(separator: " "))
      refusal.missingInputs = missing
      // Not echoed when the module marks it sensitive or its name says it is a secret.
      let secretWords = ["license", "password", "secret", "token", "key"]
      refusal.sensitiveInputs = Set(
        missing.filter { name in
          interface.input(named: name)?.isSensitive == true || secretWords.contains { name.lowercased().contains($0) }
        })
      throw refusal
    }
    let file = workspace.files[primary.file]
    // After the first group of arguments; a group of their own after `source` and `version`.
    let anchor = SourceEdits.firstRun(of: primary.block.body, in: file.tree)
    let afterMeta = anchor.map { last in
      primary.block.body.attributes.prefix { $0.nameToken <= last.nameToken }.allSatisfy { ModuleCallCheck.metaArguments.contains($0.name) }
    } ?? false
    // A group of their own is aligned as fmt aligns one (a formatted file is re-formatted anyway).
    let width = afterMeta ? additions.filter { !$0.value.contains("\n") }.map(\.name.utf8.count).max() ?? 0 : 0
    for (index, addition) in additions.enumerated() {
      let padded = addition.value.contains("\n") ? addition.name : addition.name.padding(to: width)
      guard
        let edit = SourceEdits.insertingAttribute(
          padded, value: addition.value, into: primary.block, after: anchor, startsGroup: afterMeta && index == 0,
          aligned: !afterMeta, in: file.tree)
      else { throw unsupported("add \(addition.name) to", name, at: file.location(ofToken: primary.block.typeToken)) }
      plan.edits.append(
        PendingEdit(
          path: file.path, edit: edit, anchor: .argument(module: name, name: addition.name, atName: true),
          // A value over several lines is re-indented by fmt: only its place is read back.
          expected: addition.value.contains("\n") ? nil : addition.value, summary: "module \"\(name)\": added \(addition.name) = \(addition.shown) (\(addition.why))"))
    }
    return plan
  }

  private var shortName: String { catalog.module(module)?.shortName ?? module }

  /// The value of a new input from the facts, or nil when it has none here.
  private func value(of input: NewInput) -> String? {
    switch input.value {
    case .expression(let text):
      return text
    case .movedFrom(let address, let argument):
      for call in workspace.moduleCalls(to: address) {
        let file = workspace.files[call.file]
        if let attribute = call.block.body.attribute(named: argument) { return file.tree.text(of: attribute.expression) }
      }
      return nil
    }
  }

  /// Refuses the step when a blocker holds. A value behind `var.NAME` is read from
  /// the variable files, else the variable's default; one only known at plan time
  /// is a warning (in `notes`), not a refusal.
  private func refuseBlockers(_ blocks: [UpgradeWorkspace.ModuleBlock], notes: inout [Finding]) throws(UpgradeRefusal) {
    for blocker in migrations.flatMap(\.blockers) {
      switch blocker.condition {
      case .nonEmptyList(let name):
        for block in blocks {
          guard let attribute = block.block.body.attribute(named: name) else { continue }
          let (value, place) = workspace.effectiveValue(of: attribute.expression, in: block.file)
          switch value {
          case .list(let items)? where items.isEmpty: continue
          case .null?: continue
          case nil:
            notes.append(
              Finding(
                .majorUpgrade, .warning, "\(name) is only known at plan time; \(shortName) \(to) refuses it unless it is empty",
                at: place, details: [blocker.reason]))
          default:
            throw UpgradeRefusal(
              .migrationBlocked, "\(name) is not empty, and \(shortName) \(to) refuses it; nothing was changed", at: place,
              hint: blocker.reason)
          }
        }
      }
    }
  }

  private func unsupported(_ what: String, _ name: String, at location: UpgradeLocation) -> UpgradeRefusal {
    UpgradeRefusal(
      .unsupported, "wbscaffold cannot \(what) module \"\(name)\" without touching other code on its lines; nothing was changed",
      at: location, hint: "put each argument on its own line, or make the change by hand")
  }
}

extension String {
  /// The string with spaces after it up to `width` bytes (unchanged when longer).
  fileprivate func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - utf8.count))
  }
}

