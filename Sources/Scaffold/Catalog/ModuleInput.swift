/// One `variable` of a module release: an argument a `module` block may set.
public struct ModuleInput: Sendable, Hashable {
  /// The variable name, such as `eks_cluster_version`.
  public let name: String
  /// The type constraint as written in `variables.tf`, such as `list(string)`.
  public let type: String
  /// Whether the variable has no default, so a caller must set it.
  public let isRequired: Bool
  /// The default exactly as written in `variables.tf` (such as `"small"`, `null`,
  /// `["m5.large"]`), or `nil` for a required variable.
  public let defaultHCL: String?
  /// Whether the variable is declared `sensitive = true`.
  public let isSensitive: Bool
  /// The declared `nullable` value, or `nil` when the declaration leaves it out
  /// (Terraform then treats the variable as nullable).
  public let nullable: Bool?
  /// A short paraphrase of what the variable does, for messages (empty if none).
  ///
  /// The catalogue stores one summary per variable name for all releases
  /// (`input_summaries`), so a summary may mention another release line, e.g.
  /// "null means take it from the size preset" on aws 2.8.0, which has no `size`.
  public let summary: String

  /// Whether Terraform accepts an explicit `null` for this variable.
  public var acceptsNull: Bool { nullable ?? true }

  /// Creates an input description.
  public init(
    name: String, type: String, isRequired: Bool, defaultHCL: String?,
    isSensitive: Bool = false, nullable: Bool? = nil, summary: String = ""
  ) {
    self.name = name
    self.type = type
    self.isRequired = isRequired
    self.defaultHCL = defaultHCL
    self.isSensitive = isSensitive
    self.nullable = nullable
    self.summary = summary
  }

  /// Reads an entry of `interfaces.<version>.inputs` in catalogue format 1.
  init(json node: CatalogJSON.Node) throws(CatalogJSON.Failure) {
    name = try node.required("name").string()
    type = try node.required("type").string()
    isRequired = try node.required("required").bool()
    defaultHCL = try node.optional("default_hcl")?.string()
    isSensitive = try node.optional("sensitive")?.bool() ?? false
    nullable = try node.optional("nullable")?.bool()
    summary = try node.optional("summary")?.string() ?? ""
  }
}

/// One `output` of a module release.
public struct ModuleOutput: Sendable, Hashable {
  /// The output name, such as `cluster_name`.
  public let name: String
  /// Whether the output is declared `sensitive = true`.
  ///
  /// Some outputs carry secrets without the flag (`database_connection_string` of
  /// the aws module), so `false` does not mean the value is safe to print.
  public let isSensitive: Bool

  /// Creates an output description.
  public init(name: String, isSensitive: Bool = false) {
    self.name = name
    self.isSensitive = isSensitive
  }

  /// Reads an entry of `interfaces.<version>.outputs` in catalogue format 1.
  init(json node: CatalogJSON.Node) throws(CatalogJSON.Failure) {
    name = try node.required("name").string()
    isSensitive = try node.optional("sensitive")?.bool() ?? false
  }
}
