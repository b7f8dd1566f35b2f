import HCL

/// One file of the directory being upgraded, as read by the CLI.
public struct UpgradeSourceFile: Sendable, Equatable {
  /// The path (printed in messages and used for writing back).
  public var path: String
  /// The exact bytes.
  public var bytes: [UInt8]

  /// Makes a file.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
}

/// The directory as Terraform sees it: configuration files, variable-value files and
/// their syntax trees, with the lookups the planners share.
///
/// Files are classified by ``ConfigurationDirectory/role(ofFileAt:)``, the one
/// classification `check` uses too: `*.tf` are configuration (`override.tf` and
/// `*_override.tf` are overrides merged into earlier blocks); `terraform.tfvars` and
/// `*.auto.tfvars` are loaded automatically, in that order; other `*.tfvars` are
/// loaded with `-var-file` and count as places a value may come from (a version
/// there is upgraded with the others); Terraform's JSON files are never edited.
/// Hidden files, editor backups and everything else are ignored.
struct UpgradeWorkspace: Sendable {
  /// What Terraform does with a file.
  enum Role: Sendable, Equatable {
    case configuration(isOverride: Bool)
    case variableValues(isAutoLoaded: Bool)
    case json
    case ignored
  }

  /// A file with its role and syntax tree (an empty tree for JSON and ignored files).
  struct File: Sendable {
    var path: String
    var name: String
    var role: Role
    var bytes: [UInt8]
    var tree: SyntaxTree

    /// `path:line:col` of a token.
    func location(ofToken token: Int) -> UpgradeLocation {
      UpgradeLocation(path: path, position: tree.position(of: token))
    }

    /// `path:line:col` of an expression's first token.
    func location(of expression: Expression) -> UpgradeLocation { location(ofToken: expression.tokens.lowerBound) }
  }

  /// A `module` block: the file it is in and whether that file is an override file.
  struct ModuleBlock: Sendable {
    var file: Int
    var block: BlockSyntax
    var name: String
    var isOverride: Bool
  }

  /// Every file, in the order given.
  var files: [File]

  /// Classifies and parses `sources`.
  ///
  /// - Throws: ``UpgradeRefusal/Kind/invalidConfiguration`` when a configuration or
  ///   variable-value file does not parse.
  init(_ sources: [UpgradeSourceFile]) throws(UpgradeRefusal) {
    var files: [File] = []
    let hidden = ConfigurationDirectory.hiddenByOpenTofu(sources.map(\.path))
    for source in sources {
      let name = Self.baseName(source.path)
      // A .tf file beside its .tofu twin is not read by OpenTofu, nor edited here.
      let role = hidden.contains(source.path) ? .ignored : Self.role(of: name)
      let parses: Bool
      switch role {
      case .configuration, .variableValues: parses = true
      case .json, .ignored: parses = false
      }
      let tree = SyntaxTree(parses ? source.bytes : [])
      if let error = tree.diagnostics.first {
        let location = error.position.map { UpgradeLocation(path: source.path, position: $0) }
        throw UpgradeRefusal(
          .invalidConfiguration, "\(name) does not parse: \(error.message)", at: location,
          hint: "fix the syntax error first (`wbscaffold check` or `terraform validate` shows it)")
      }
      files.append(File(path: source.path, name: name, role: role, bytes: source.bytes, tree: tree))
    }
    self.files = files
  }

  /// The last path component.
  static func baseName(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
  }

  /// Terraform's role for a file name.
  static func role(of name: String) -> Role {
    switch ConfigurationDirectory.role(ofFileAt: name) {
    case .configuration: return .configuration(isOverride: false)
    case .override: return .configuration(isOverride: true)
    case .variableValues: return .variableValues(isAutoLoaded: true)
    case .optionalValues: return .variableValues(isAutoLoaded: false)
    case .json: return .json
    case nil: return .ignored
    }
  }

  /// The directory part of the given paths (`dir/` or empty), for new files.
  var directoryPrefix: String {
    for file in files {
      if let slash = file.path.lastIndex(of: "/") { return String(file.path[...slash]) }
    }
    return ""
  }

  /// The line ending new files use: that of the first configuration (else variable-value)
  /// file with a line break; `\n` when there is none.
  var preferredLineEnding: String {
    for i in configurationFiles + variableValueFiles where files[i].bytes.contains(0x0A) {
      return files[i].tree.lineEnding(near: 0)
    }
    return "\n"
  }

  /// Indices of configuration files: primaries in name order, then overrides in name order,
  /// as Terraform merges them.
  var configurationFiles: [Int] {
    let indices = files.indices.filter { if case .configuration = files[$0].role { true } else { false } }
    let primary = indices.filter { files[$0].role == .configuration(isOverride: false) }
    let overrides = indices.filter { files[$0].role == .configuration(isOverride: true) }
    return primary.sorted { files[$0].name < files[$1].name } + overrides.sorted { files[$0].name < files[$1].name }
  }

  /// Indices of variable-value files in Terraform's load order: `terraform.tfvars`, then
  /// `*.auto.tfvars` by name, then the files only `-var-file` loads, by name.
  var variableValueFiles: [Int] {
    func rank(_ i: Int) -> Int {
      let file = files[i]
      if file.name == "terraform.tfvars" { return 0 }
      return file.role == .variableValues(isAutoLoaded: true) ? 1 : 2
    }
    return files.indices.filter { if case .variableValues = files[$0].role { true } else { false } }
      .sorted { (rank($0), files[$0].name) < (rank($1), files[$1].name) }
  }

  /// The index of `terraform.tfvars`, if given.
  var terraformTfvars: Int? { files.firstIndex { $0.name == "terraform.tfvars" } }

  /// The index of the file named `name`, if given.
  func file(named name: String) -> Int? { files.firstIndex { $0.name == name } }

  /// JSON files whose bytes mention `text` (they are never edited, so they block an upgrade).
  func jsonFiles(mentioning text: String) -> [Int] {
    let needle = Array(text.utf8)
    return files.indices.filter { i in
      guard files[i].role == .json, needle.count <= files[i].bytes.count else { return false }
      let bytes = files[i].bytes
      return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
  }

  // MARK: - Module calls

  /// The `module` blocks of primary configuration files whose `source` is a plain string
  /// naming the registry module `address` (no submodule), such as `wandb/wandb/aws`.
  func moduleCalls(to address: String) -> [ModuleBlock] {
    var out: [ModuleBlock] = []
    for i in configurationFiles where files[i].role == .configuration(isOverride: false) {
      let tree = files[i].tree
      for block in tree.body.blocks(ofType: "module") {
        guard block.labels.count == 1, let name = block.labels[0].value,
          let source = block.body.attribute(named: "source"),
          tree.plainStringContents(of: source.expression) != nil,
          case .string(let text)? = tree.constantValue(of: source.expression),
          let parsed = ModuleSource(text), parsed.subdirectory == nil,
          parsed.registryAddress == address
        else { continue }
        out.append(ModuleBlock(file: i, block: block, name: name, isOverride: false))
      }
    }
    return out
  }

  /// Every `module "name"` block: the primary ones, then those of override files.
  func moduleBlocks(named name: String) -> [ModuleBlock] {
    var out: [ModuleBlock] = []
    for i in configurationFiles {
      let isOverride = files[i].role == .configuration(isOverride: true)
      for block in files[i].tree.body.blocks(ofType: "module", label: name) where block.labels.count == 1 {
        out.append(ModuleBlock(file: i, block: block, name: name, isOverride: isOverride))
      }
    }
    return out
  }

  // MARK: - Variables

  /// The `variable "name"` blocks of configuration files, with their file index.
  func variableDeclarations(named name: String) -> [(file: Int, block: BlockSyntax)] {
    configurationFiles.flatMap { i in
      files[i].tree.body.blocks(ofType: "variable", label: name).map { (file: i, block: $0) }
    }
  }

  /// The top-level assignments of `name` in variable-value files, in load order.
  func assignments(of name: String) -> [(file: Int, attribute: AttributeSyntax)] {
    variableValueFiles.compactMap { i in
      files[i].tree.body.attribute(named: name).map { (file: i, attribute: $0) }
    }
  }

  /// The constant an argument's value has as Terraform reads it, and where that is
  /// written: the value itself, else for `var.NAME` the last variable file in load
  /// order that assigns NAME, else NAME's default. Nil value when none is a constant.
  func effectiveValue(of expression: Expression, in file: Int) -> (value: Value?, location: UpgradeLocation) {
    let here = files[file]
    if let value = here.tree.constantValue(of: expression) { return (value, here.location(of: expression)) }
    guard let variable = Self.variableName(of: expression) else { return (nil, here.location(of: expression)) }
    if let assigned = assignments(of: variable).last {
      let owner = files[assigned.file]
      return (owner.tree.constantValue(of: assigned.attribute.expression), owner.location(of: assigned.attribute.expression))
    }
    if let declaration = variableDeclarations(named: variable).first,
      let fallback = declaration.block.body.attribute(named: "default")
    {
      let owner = files[declaration.file]
      return (owner.tree.constantValue(of: fallback.expression), owner.location(of: fallback.expression))
    }
    return (nil, here.location(of: expression))
  }

  /// The variable a value reads when it is exactly `var.NAME`.
  static func variableName(of expression: Expression) -> String? {
    guard case .getAttribute(let root, let name) = expression.kind, case .variable("var") = root.kind else {
      return nil
    }
    return name
  }
}
