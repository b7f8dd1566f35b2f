/// One `variable` of a module release: an argument a `module` block may set.
public struct ModuleInput: Sendable, Hashable, Decodable {
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

  private enum CodingKeys: String, CodingKey {
    case name, type, required, sensitive, nullable, summary
    case defaultHCL = "default_hcl"
  }

  /// Decodes an entry of `interfaces.<version>.inputs` in the catalogue JSON.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    type = try c.decode(String.self, forKey: .type)
    isRequired = try c.decode(Bool.self, forKey: .required)
    defaultHCL = try c.decodeIfPresent(String.self, forKey: .defaultHCL)
    isSensitive = try c.decodeIfPresent(Bool.self, forKey: .sensitive) ?? false
    nullable = try c.decodeIfPresent(Bool.self, forKey: .nullable)
    summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
  }
}

/// One `output` of a module release.
public struct ModuleOutput: Sendable, Hashable, Decodable {
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

  private enum CodingKeys: String, CodingKey {
    case name, sensitive
  }

  /// Decodes an entry of `interfaces.<version>.outputs` in the catalogue JSON.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    isSensitive = try c.decodeIfPresent(Bool.self, forKey: .sensitive) ?? false
  }
}
