/// The interface history of one module in catalogue format 2: each input, output,
/// `required_version` and provider requirement stored once, with the span of
/// releases over which it did not change. ``interface(at:)`` turns it back into the
/// ``ModuleInterface`` of one release, when a check asks for it.
struct InterfaceSpans: Decodable, Sendable, Hashable {
  /// An inclusive span of releases, written `"2.1.0 - 8.0.0"`.
  struct Span: Decodable, Sendable, Hashable {
    let from: SemanticVersion
    let to: SemanticVersion

    func contains(_ version: SemanticVersion) -> Bool { from <= version && version <= to }

    init(from decoder: any Decoder) throws {
      let text = try decoder.singleValueContainer().decode(String.self)
      let parts = text.split(separator: " - ").map(String.init)
      guard parts.count == 2, let from = SemanticVersion(parts[0]), let to = SemanticVersion(parts[1]), from <= to else {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad span \"\(text)\""))
      }
      self.from = from
      self.to = to
    }
  }

  /// One state of a variable over a span of releases.
  struct InputSpan: Decodable, Sendable, Hashable {
    let versions: Span
    let type: String
    /// The default as written (one line); absent for a required variable.
    let `default`: String?
    let nullable: Bool?
    let sensitive: Bool?
  }

  /// One state of an output over a span of releases.
  struct OutputSpan: Decodable, Sendable, Hashable {
    let versions: Span
    let sensitive: Bool?
  }

  struct Named<S: Decodable & Sendable & Hashable>: Decodable, Sendable, Hashable {
    let name: String
    let spans: [S]
  }

  /// A `required_version` over a span, parsed once when decoded.
  struct ConstraintSpan: Decodable, Sendable, Hashable {
    let versions: Span
    let constraint: VersionConstraint

    enum CodingKeys: String, CodingKey { case versions, constraint }

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      versions = try c.decode(Span.self, forKey: .versions)
      constraint = try InterfaceSpans.constraint(c.decode(String.self, forKey: .constraint), .module, at: c, .constraint)
    }
  }

  /// A provider requirement over a span, its constraint parsed once when decoded.
  struct ProviderSpan: Decodable, Sendable, Hashable {
    let versions: Span
    let source: String
    let version: VersionConstraint

    enum CodingKeys: String, CodingKey { case versions, source, version }

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      versions = try c.decode(Span.self, forKey: .versions)
      source = try c.decode(String.self, forKey: .source)
      version = try InterfaceSpans.constraint(c.decode(String.self, forKey: .version), .provider, at: c, .version)
    }
  }

  let inputs: [Named<InputSpan>]
  let outputs: [Named<OutputSpan>]
  let requiredVersion: [ConstraintSpan]
  let providers: [String: [ProviderSpan]]

  /// Summaries by input name, filled in by the catalogue after decoding.
  var summaries: [String: String] = [:]

  /// The interface of `release`, inputs and outputs in declaration order; nil
  /// when no span covers it (the release predates every recorded input).
  func interface(at release: SemanticVersion) -> ModuleInterface? {
    let inputs = self.inputs.compactMap { input -> ModuleInput? in
      guard let span = input.spans.first(where: { $0.versions.contains(release) }) else { return nil }
      return ModuleInput(
        name: input.name, type: span.type, isRequired: span.default == nil, defaultHCL: span.default,
        isSensitive: span.sensitive ?? false, nullable: span.nullable, summary: summaries[input.name] ?? "")
    }
    let outputs = self.outputs.compactMap { output -> ModuleOutput? in
      guard let span = output.spans.first(where: { $0.versions.contains(release) }) else { return nil }
      return ModuleOutput(name: output.name, isSensitive: span.sensitive ?? false)
    }
    var providers: [String: ProviderRequirement] = [:]
    for (name, spans) in self.providers {
      guard let span = spans.first(where: { $0.versions.contains(release) }) else { continue }
      providers[name] = ProviderRequirement(source: span.source, version: span.version)
    }
    let required = requiredVersion.first { $0.versions.contains(release) }
    guard !inputs.isEmpty || !outputs.isEmpty || required != nil else { return nil }
    return ModuleInterface(
      requiredVersion: required?.constraint ?? VersionConstraint(clauses: []), providers: providers, inputs: inputs,
      outputs: outputs)
  }

  /// The spans of releases in which output `name` exists, such as `1.0.0 - 4.24.0`.
  func releases(havingOutput name: String) -> [String] {
    outputs.first { $0.name == name }?.spans.map {
      $0.versions.from == $0.versions.to ? "\($0.versions.from)" : "\($0.versions.from) - \($0.versions.to)"
    } ?? []
  }

  /// `text` read as a constraint (an empty one admits every version); a decoding
  /// error at `key` of `container` if it does not parse.
  static func constraint<K: CodingKey>(
    _ text: String, _ dialect: VersionConstraint.Dialect, at container: KeyedDecodingContainer<K>, _ key: K
  ) throws -> VersionConstraint {
    if text.trimmingBlanks.isEmpty { return VersionConstraint(clauses: [], dialect: dialect) }
    do {
      return try VersionConstraint(text, dialect: dialect)
    } catch {
      throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "\"\(text)\": \(error)")
    }
  }

  enum CodingKeys: String, CodingKey {
    case inputs, outputs, providers
    case requiredVersion = "required_version"
  }
}
