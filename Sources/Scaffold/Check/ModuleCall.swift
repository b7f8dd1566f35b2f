import HCL

/// One `module` block as Terraform sees it: the block declared in a configuration
/// file with the same-named blocks of override files (`override.tf`,
/// `*_override.tf`) merged over it, argument by argument, in file order.
public struct ModuleCall: Sendable {
  /// An argument and the file whose block sets it.
  public struct Argument: Sendable {
    /// The `name = value` line.
    public var attribute: AttributeSyntax
    /// The file whose block sets it.
    public var file: ConfigurationFile
  }

  /// The declaring block and its file.
  public var block: BlockSyntax
  /// The declaring file.
  public var file: ConfigurationFile
  /// The override blocks merged over it, in the order Terraform applies them.
  public var overrides: [(block: BlockSyntax, file: ConfigurationFile)]
  /// The effective arguments, in the declaring block's order, then new ones from overrides.
  public private(set) var arguments: [Argument]

  /// `module "name"`, for messages.
  public var name: String { "module \"\(label)\"" }
  /// The block's label.
  public var label: String { block.labels.first?.value ?? "" }

  /// The effective argument `name`, if set.
  public func argument(_ name: String) -> Argument? { arguments.first { $0.attribute.name == name } }

  /// The effective constant value of argument `name`, if it is a constant.
  public func constant(_ name: String) -> Value? {
    argument(name).flatMap { $0.file.tree.constantValue(of: $0.attribute.expression) }
  }

  /// The value of argument `name` and where it is written: a constant in the
  /// module block, or the tfvars value of the variable passed as `var.x`; nil
  /// when it is neither (another expression, a variable no tfvars file sets).
  func writtenValue(_ name: String, values: VariableValues, valueFiles: [ConfigurationFile])
    -> (value: Value, file: ConfigurationFile, token: Int)?
  {
    guard let argument = argument(name) else { return nil }
    let expression = argument.attribute.expression
    if let value = argument.file.tree.constantValue(of: expression) {
      return (value, argument.file, expression.tokens.lowerBound)
    }
    guard let variable = expression.variableReferenceName, let assignment = values.assignments[variable],
      let value = assignment.value
    else { return nil }
    return (value, valueFiles[assignment.fileIndex], assignment.attribute.expression.tokens.lowerBound)
  }

  /// Every nested block of the declaring and override blocks (never allowed in a module block).
  public var nestedBlocks: [(block: BlockSyntax, file: ConfigurationFile)] {
    ([(block, file)] + overrides).flatMap { entry in entry.block.body.blocks.map { ($0, entry.file) } }
  }

  init(block: BlockSyntax, file: ConfigurationFile, overrides: [(block: BlockSyntax, file: ConfigurationFile)]) {
    self.block = block
    self.file = file
    self.overrides = overrides
    var arguments = block.body.attributes.map { Argument(attribute: $0, file: file) }
    for (override, overrideFile) in overrides {
      for attribute in override.body.attributes {
        let merged = Argument(attribute: attribute, file: overrideFile)
        if let index = arguments.firstIndex(where: { $0.attribute.name == attribute.name }) {
          arguments[index] = merged
        } else {
          arguments.append(merged)
        }
      }
    }
    self.arguments = arguments
  }

  /// The module calls of `files` (valid files only): each first declaration in a
  /// configuration file, with its overrides. Later declarations of a name are
  /// duplicates, reported by the checker, and not returned.
  public static func collect(_ files: [ConfigurationFile]) -> [ModuleCall] {
    var calls: [ModuleCall] = []
    var seen: Set<String> = []
    let overrides = files.filter { $0.tree.isValid && $0.role == .override }
    for file in files where file.tree.isValid && file.role == .configuration {
      for block in file.tree.body.blocks(ofType: "module") {
        guard let name = block.labels.first?.value, seen.insert(name).inserted else { continue }
        let patches = overrides.flatMap { o in o.tree.body.blocks(ofType: "module", label: name).map { ($0, o) } }
        calls.append(ModuleCall(block: block, file: file, overrides: patches))
      }
    }
    return calls
  }
}
