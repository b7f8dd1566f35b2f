/// The interface history of one module in catalogue format 2: each input, output,
/// `required_version` and provider requirement stored once, with the span of
/// releases over which it did not change. ``interface(at:)`` turns it back into the
/// ``ModuleInterface`` of one release, when a check asks for it.
struct InterfaceSpans: Sendable, Hashable {
  /// An inclusive span of releases, written `"2.1.0 - 8.0.0"`.
  struct Span: Sendable, Hashable {
    let from: SemanticVersion
    let to: SemanticVersion

    init(from: SemanticVersion, to: SemanticVersion) {
      self.from = from
      self.to = to
    }

    func contains(_ version: SemanticVersion) -> Bool { from <= version && version <= to }

    init(json node: CatalogJSON.Node) throws(CatalogJSON.Failure) {
      let text = try node.string()
      let parts = text.split(separator: " - ").map(String.init)
      guard parts.count == 2, let from = SemanticVersion(parts[0]), let to = SemanticVersion(parts[1]), from <= to else {
        throw node.failure("bad span \"\(text)\"")
      }
      self.from = from
      self.to = to
    }

    /// Spans read so far, by their text: a module's file writes the same few
    /// spans hundreds of times, and each is parsed once. Their ends are releases,
    /// looked up by text rather than parsed again.
    struct Table {
      private var known: [String: Span] = [:]
      private let releases: [String: SemanticVersion]

      init(releases: [SemanticVersion] = []) {
        self.releases = Dictionary(releases.map { ($0.description, $0) }, uniquingKeysWith: { first, _ in first })
      }

      mutating func span(_ node: CatalogJSON.Node) throws(CatalogJSON.Failure) -> Span {
        let text = try node.string()
        if let span = known[text] { return span }
        let span: Span
        if let (from, to) = ends(text), let low = releases[from], let high = releases[to], low <= high {
          span = Span(from: low, to: high)
        } else {
          span = try Span(json: node)
        }
        known[text] = span
        return span
      }

      /// The two sides of `"a - b"`.
      private func ends(_ text: String) -> (String, String)? {
        let bytes = Array(text.utf8)
        guard bytes.count > 3 else { return nil }
        for index in 0...(bytes.count - 3)
        where bytes[index] == 0x20 && bytes[index + 1] == UInt8(ascii: "-") && bytes[index + 2] == 0x20 {
          return (String(decoding: bytes[..<index], as: UTF8.self), String(decoding: bytes[(index + 3)...], as: UTF8.self))
        }
        return nil
      }
    }
  }

  /// One state of a variable over a span of releases.
  struct InputSpan: Sendable, Hashable {
    let versions: Span
    let type: String
    /// The default as written (one line); absent for a required variable.
    let `default`: String?
    let nullable: Bool?
    let sensitive: Bool?

    init(json node: CatalogJSON.Node, spans: inout Span.Table) throws(CatalogJSON.Failure) {
      versions = try spans.span(node.required("versions"))
      type = try node.required("type").string()
      `default` = try node.optional("default")?.string()
      nullable = try node.optional("nullable")?.bool()
      sensitive = try node.optional("sensitive")?.bool()
    }
  }

  /// One state of an output over a span of releases.
  struct OutputSpan: Sendable, Hashable {
    let versions: Span
    let sensitive: Bool?

    init(json node: CatalogJSON.Node, spans: inout Span.Table) throws(CatalogJSON.Failure) {
      versions = try spans.span(node.required("versions"))
      sensitive = try node.optional("sensitive")?.bool()
    }
  }

  struct Named<S: Sendable & Hashable>: Sendable, Hashable {
    let name: String
    let spans: [S]

    init(json node: CatalogJSON.Node, span: (CatalogJSON.Node) throws(CatalogJSON.Failure) -> S) throws(CatalogJSON.Failure) {
      name = try node.required("name").string()
      var spans: [S] = []
      for element in try node.required("spans").elements() { spans.append(try span(element)) }
      self.spans = spans
    }
  }

  /// A `required_version` over a span, parsed once when decoded.
  struct ConstraintSpan: Sendable, Hashable {
    let versions: Span
    let constraint: VersionConstraint

    init(json node: CatalogJSON.Node, spans: inout Span.Table) throws(CatalogJSON.Failure) {
      versions = try spans.span(node.required("versions"))
      constraint = try node.required("constraint").constraint(.module)
    }
  }

  /// A provider requirement over a span, its constraint parsed once when decoded.
  struct ProviderSpan: Sendable, Hashable {
    let versions: Span
    let source: String
    let version: VersionConstraint

    init(json node: CatalogJSON.Node, spans: inout Span.Table) throws(CatalogJSON.Failure) {
      versions = try spans.span(node.required("versions"))
      source = try node.required("source").string()
      version = try node.required("version").constraint(.provider)
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

  /// Reads the `inputs`, `outputs`, `required_version` and `providers` members of
  /// a module record in catalogue format 2; `releases` are the module's, which
  /// most spans begin and end with.
  init(json node: CatalogJSON.Node, releases: [SemanticVersion] = []) throws(CatalogJSON.Failure) {
    var table = Span.Table(releases: releases)
    var inputs: [Named<InputSpan>] = []
    for input in try node.required("inputs").elements() {
      inputs.append(try Named(json: input) { (span) throws(CatalogJSON.Failure) in try InputSpan(json: span, spans: &table) })
    }
    var outputs: [Named<OutputSpan>] = []
    for output in try node.optional("outputs")?.elements() ?? [] {
      outputs.append(try Named(json: output) { (span) throws(CatalogJSON.Failure) in try OutputSpan(json: span, spans: &table) })
    }
    var requiredVersion: [ConstraintSpan] = []
    for span in try node.optional("required_version")?.elements() ?? [] {
      requiredVersion.append(try ConstraintSpan(json: span, spans: &table))
    }
    var providers: [String: [ProviderSpan]] = [:]
    for (name, spans) in try node.optional("providers")?.members() ?? [] {
      var list: [ProviderSpan] = []
      for span in try spans.elements() { list.append(try ProviderSpan(json: span, spans: &table)) }
      providers[name] = list
    }
    self.inputs = inputs
    self.outputs = outputs
    self.requiredVersion = requiredVersion
    self.providers = providers
  }
}
