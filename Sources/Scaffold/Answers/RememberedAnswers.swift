import HCL

/// What a directory that `init` (or a person) wrote before already says: the
/// answers its tfvars, module call and backend hold, and its version pins, so a
/// re-run of `init` starts from them instead of dropping them.
///
/// Only constant values are read; a file that does not parse gives nothing.
public struct RememberedAnswers: Sendable {
  /// The answers found, by question id.
  public var answers: RawAnswers
  /// The pins found (module versions, Terraform and provider constraints).
  public var pins: [PinKey: String]

  /// Reads `files` (path and bytes of the directory's files, README.md among
  /// them when there is one) for `blueprint`'s questions.
  public init(files: [(path: String, bytes: [UInt8])], blueprint: any Blueprint) {
    var answers = RawAnswers()
    var pins: [PinKey: String] = [:]
    let paths = files.map(\.path)
    let parsed = { (selected: [(path: String, bytes: [UInt8])]) in
      selected.compactMap { file -> (path: String, tree: SyntaxTree)? in
        let tree = SyntaxTree(file.bytes)
        return tree.isValid ? (file.path, tree) : nil
      }
    }
    let valueTrees = parsed(files.filter { $0.path.hasSuffix(".tfvars") })
    let configuration = parsed(files.filter { ConfigurationDirectory.isConfiguration($0.path, among: paths) })
    let module = Self.moduleBlock(in: configuration, source: blueprint.moduleSource)
    let command = files.first { $0.path == GeneratedReadme.path }.flatMap { EquivalentCommand.flags(inReadme: $0.bytes) }
    let backends = configuration.flatMap { entry in
      entry.tree.body.blocks(ofType: "terraform").flatMap { $0.body.blocks(ofType: "backend") }.map { (entry.tree, $0) }
    }
    for question in blueprint.questions {
      for place in question.remembered {
        guard answers.values[question.id] == nil else { break }
        switch place {
        case .tfvars(let name):
          for entry in valueTrees {
            if let attribute = entry.tree.body.attribute(named: name),
              let value = Self.strings(entry.tree.constantValue(of: attribute.expression))
            {
              answers.values[question.id] = value
            }
          }
        case .moduleArgument(let name, let inverted):
          guard let (tree, block) = module, let attribute = block.body.attribute(named: name) else { continue }
          switch tree.constantValue(of: attribute.expression) {
          case .bool(let on)?: answers[question.id] = (on != inverted) ? "true" : "false"
          case let value?: if let text = Self.strings(value) { answers.values[question.id] = text }
          default: continue
          }
        case .backendArgument(let type, let name):
          for (tree, block) in backends where block.labels.first?.value == type {
            if let attribute = block.body.attribute(named: name),
              let value = Self.strings(tree.constantValue(of: attribute.expression))
            {
              answers.values[question.id] = value
            }
          }
        case .backendType(let type):
          if backends.contains(where: { $0.1.labels.first?.value == type }) { answers[question.id] = type }
        case .regenerateCommand:
          if let values = command?[question.id], !values.isEmpty { answers.values[question.id] = values }
        }
      }
    }
    if let (tree, block) = module, let version = block.body.attribute(named: "version"),
      case .string(let text)? = tree.constantValue(of: version.expression)
    {
      pins[.module] = text
    }
    if let app = blueprint.appModuleSource, let (tree, block) = Self.moduleBlock(in: configuration, source: app),
      let version = block.body.attribute(named: "version"), case .string(let text)? = tree.constantValue(of: version.expression)
    {
      pins[.appModule] = text
    }
    for entry in configuration {
      for terraform in entry.tree.body.blocks(ofType: "terraform") {
        if let required = terraform.body.attribute(named: "required_version"),
          case .string(let text)? = entry.tree.constantValue(of: required.expression)
        {
          pins[.terraform] = text
        }
        for providers in terraform.body.blocks(ofType: "required_providers") {
          for attribute in providers.body.attributes {
            guard case .object(let entries)? = entry.tree.constantValue(of: attribute.expression),
              case .string(let text)? = entries.first(where: { $0.key == "version" })?.value
            else { continue }
            pins[.provider(attribute.name)] = text
          }
        }
      }
    }
    self.answers = answers
    self.pins = pins
  }

  /// The first `module` block whose `source` is the registry address `source`.
  static func moduleBlock(in files: [(path: String, tree: SyntaxTree)], source: String) -> (SyntaxTree, BlockSyntax)? {
    for entry in files {
      for block in entry.tree.body.blocks(ofType: "module") {
        guard let attribute = block.body.attribute(named: "source"),
          case .string(let text)? = entry.tree.constantValue(of: attribute.expression),
          ModuleSource(text)?.registryAddress == source
        else { continue }
        return (entry.tree, block)
      }
    }
    return nil
  }

  private static func strings(_ value: Value?) -> [String]? {
    switch value {
    case .string(let s)?: return [s]
    case .number(let n)?: return [n]
    case .bool(let b)?: return [b ? "true" : "false"]
    case .null?: return [""]
    case .list(let items)?:
      return items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
    default: return nil
    }
  }
}
