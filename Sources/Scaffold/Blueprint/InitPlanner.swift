import HCL

/// What `wbscaffold init` was asked: the blueprint, the answers given explicitly
/// (flags, environment, the wizard) and where each came from, and the pins.
public struct InitRequest: Sendable {
  /// The module line.
  public var blueprint: any Blueprint
  /// Values given explicitly, by question id.
  public var explicit: RawAnswers
  /// Where each explicit value came from (`--namespace`, `WANDB_LICENSE`), for messages.
  public var sources: [String: String]
  /// Pins given explicitly.
  public var pins: [PinKey: String]
  /// `--example`: sample answers fill what was not given, and the license is a placeholder.
  public var example: Bool

  /// Makes a request.
  public init(
    blueprint: any Blueprint, explicit: RawAnswers = RawAnswers(), sources: [String: String] = [:],
    pins: [PinKey: String] = [:], example: Bool = false
  ) {
    self.blueprint = blueprint
    self.explicit = explicit
    self.sources = sources
    self.pins = pins
    self.example = example
  }
}

/// What `init` will write, and what deserves a look first.
public struct InitPlan: Sendable {
  /// The validated answers.
  public var answers: Answers
  /// The files, rendered and checked.
  public var files: [GeneratedFile]
  /// What the files deploy.
  public var summary: DeploymentSummary
  /// Warnings about the directory itself (a module line being replaced).
  public var directoryWarnings: [String]
}

/// Why `init` writes nothing: a usage error (bad or missing values, exit 64) or a
/// failure (the files would clash or fail their own checks, exit 1).
public struct InitRefusal: Error, Sendable {
  /// The kind.
  public enum Kind: Sendable { case usage, failure }
  /// The kind.
  public var kind: Kind
  /// One line.
  public var message: String
  /// The findings behind it, if any (clashes, checks of the generated files).
  public var findings: [Finding]
  /// Invalid values, every one of them.
  public var problems: [AnswerProblem]
  /// Questions nobody answered.
  public var missing: [Question]

  init(_ kind: Kind, _ message: String, findings: [Finding] = [], problems: [AnswerProblem] = [], missing: [Question] = []) {
    self.kind = kind
    self.message = message
    self.findings = findings
    self.problems = problems
    self.missing = missing
  }
}

/// Plans `init`, purely: a request and the directory's current files in, the
/// files to write (rendered, formatted and checked) or a refusal out. The
/// command reads the directory, calls this, reports and commits.
public struct InitPlanner: Sendable {
  /// The module catalogue the generated calls are checked against.
  public let catalog: ModuleCatalog
  /// The module lines' check rules.
  public let rules: [any CheckRule]
  /// Every blueprint, to recognise the line an existing directory is on.
  public let blueprints: [any Blueprint]

  /// Makes a planner.
  public init(catalog: ModuleCatalog, rules: [any CheckRule], blueprints: [any Blueprint]) {
    self.catalog = catalog
    self.rules = rules
    self.blueprints = blueprints
  }

  /// The `.tf` and `.tofu` files among `files`, parsed (a `.tf` a `.tofu` twin hides is left out).
  static func configurationTrees(_ files: [(path: String, bytes: [UInt8])]) -> [(String, SyntaxTree)] {
    let paths = files.map(\.path)
    return files.filter { ConfigurationDirectory.isConfiguration($0.path, among: paths) }.map { ($0.path, SyntaxTree($0.bytes)) }
  }

  /// The blueprint whose main module (on its major line) the directory's files call, if any.
  public func blueprint(of files: [(path: String, bytes: [UInt8])]) -> (any Blueprint)? {
    let trees = Self.configurationTrees(files)
    for blueprint in blueprints {
      guard let (tree, block) = RememberedAnswers.moduleBlock(in: trees, source: blueprint.moduleSource) else { continue }
      guard case .string(let written)? = block.body.attribute(named: "version").flatMap({ tree.constantValue(of: $0.expression) }),
        let current = try? catalog.resolve(source: blueprint.moduleSource, constraint: written).release,
        let pin = blueprint.defaultPins[.module],
        let line = try? catalog.resolve(source: blueprint.moduleSource, constraint: pin).release
      else { continue }
      if current.major == line.major { return blueprint }
    }
    return nil
  }

  /// The current line of the cloud whose main module the files call on any major
  /// (`~> 9.0`, unpinned, a variable): the default when ``blueprint(of:)`` finds no
  /// exact line, so a re-run stays on the directory's cloud and warns of the switch.
  public func currentLine(calledIn files: [(path: String, bytes: [UInt8])]) -> (any Blueprint)? {
    let trees = Self.configurationTrees(files)
    let called = blueprints.first { RememberedAnswers.moduleBlock(in: trees, source: $0.moduleSource) != nil }
    return called.flatMap { line in blueprints.first { $0.cloud == line.cloud && $0.isCurrent } ?? line }
  }

  /// Plans `request` over `files`, the Terraform files already in the directory
  /// (and the README.md `init` wrote, whose regenerate command a re-run reads).
  public func plan(_ request: InitRequest, files existing: [(path: String, bytes: [UInt8])]) throws(InitRefusal) -> InitPlan {
    let blueprint = request.blueprint
    let remembered = RememberedAnswers(files: existing, blueprint: blueprint)
    var explicit = request.explicit
    if request.example {
      for (id, value) in blueprint.exampleAnswers where explicit.values[id] == nil { explicit.values[id] = value }
      explicit[CoreQuestions.license] = Self.exampleLicense
    }
    var resolution = AnswerResolver.resolve(
      explicit: explicit, sources: request.sources, remembered: remembered.answers, blueprint: blueprint, pins: request.pins)
    // Pins the directory holds are kept when they differ from what these answers
    // would pin anyway (equal ones stay defaults, so the regenerate command stays short).
    // Only a directory on this very line has pins that apply to it.
    if let first = resolution.answers, self.blueprint(of: existing)?.id == blueprint.id {
      let effective = blueprint.pins(for: first)
      let kept = remembered.pins.filter { key, value in
        request.pins[key] == nil && blueprint.defaultPins[key] != nil && effective[key] != value
          && (try? VersionConstraint(value, dialect: key.dialect)) != nil
      }
      if !kept.isEmpty {
        resolution = AnswerResolver.resolve(
          explicit: explicit, sources: request.sources, remembered: remembered.answers, blueprint: blueprint,
          pins: kept.merging(request.pins) { $1 })
      }
    }
    guard var answers = resolution.answers else {
      throw InitRefusal(
        .usage, "invalid or missing values", problems: resolution.problems, missing: resolution.missing)
    }
    if request.example { answers.set(CoreQuestions.license, Self.exampleLicensePlaceholder) }
    try checkPins(answers.pins, explicit: Set(request.pins.keys), blueprint)

    let files: [GeneratedFile]
    do {
      files = try Scaffolder.generate(answers, with: blueprint)
    } catch {
      throw InitRefusal(.failure, "blueprint \(blueprint.id) rendered HCL that does not parse (\(error)); nothing was written")
    }
    let generated = files.map { ($0.path, Array($0.contents.utf8)) }
    let own = errors(in: generated)
    guard own.isEmpty else {
      throw InitRefusal(
        .failure, "blueprint \(blueprint.id) produced a configuration that fails its own checks; nothing was written",
        findings: own)
    }
    let paths = Set(files.map(\.path))
    let others = existing.filter { !paths.contains($0.path) && ConfigurationDirectory.role(ofFileAt: $0.path) != nil }
    if !others.isEmpty {
      let alone = Set(errors(in: others))
      let clashes = errors(in: generated + others).filter { !alone.contains($0) }
      guard clashes.isEmpty else {
        throw InitRefusal(
          .failure, "the generated files clash with other Terraform files in the directory (above); nothing was written",
          findings: clashes)
      }
    }
    var warnings: [String] = []
    if let main = existing.first(where: { $0.path == "main.tf" }), let note = lineSwitch(main.bytes, to: blueprint) {
      warnings.append(note)
    }
    return InitPlan(
      answers: answers, files: files, summary: blueprint.describe(answers, pins: Scaffolder.pins(for: blueprint, answers: answers)),
      directoryWarnings: warnings)
  }

  /// The license `--example` validates with before it is replaced by the placeholder.
  static let exampleLicense = "EXAMPLE0000000000000000000000000000000000"
  /// The license `--example` writes: plainly not a license, so nobody applies it by accident.
  public static let exampleLicensePlaceholder = "REPLACE-WITH-YOUR-WANDB-LICENSE"

  private func errors(in files: [(String, [UInt8])]) -> [Finding] {
    ConfigurationChecker.check(
      ConfigurationDirectory(files: files.map { (path: $0.0, bytes: $0.1) }), catalog: catalog, environment: [:], rules: rules
    ).filter(\.isBlockingError)
  }

  /// A module pin must match a release on the blueprint's own major line; a
  /// Terraform or provider pin must leave a version the modules accept. A pin
  /// not in `explicit` came from the directory's files, and the message says so.
  private func checkPins(_ pins: [PinKey: String], explicit: Set<PinKey>, _ blueprint: any Blueprint) throws(InitRefusal) {
    func invalid(_ key: PinKey) -> String {
      explicit.contains(key)
        ? "invalid value for '\(blueprint.pinFlag(key))'"
        : "the existing files pin the \(blueprint.pinLabel(key)) (give \(blueprint.pinFlag(key)) to choose another)"
    }
    for (key, given) in pins.sorted(by: { $0.key < $1.key }) {
      guard let required = blueprint.moduleRequirements[key],
        let a = try? VersionConstraint(given, dialect: key.dialect),
        let b = try? VersionConstraint(required, dialect: key.dialect), !a.overlaps(b)
      else { continue }
      throw InitRefusal(
        .usage,
        "\(invalid(key)): '\(given)' leaves no \(blueprint.pinLabel(key)) version that blueprint \(blueprint.id)'s modules accept (they require '\(required)')")
    }
    var sources: [(PinKey, String)] = [(.module, blueprint.moduleSource)]
    if let app = blueprint.appModuleSource { sources.append((.appModule, app)) }
    for (key, source) in sources {
      guard let given = pins[key], let fallback = blueprint.defaultPins[key],
        let chosen = try? catalog.resolve(source: source, constraint: given),
        let expected = try? catalog.resolve(source: source, constraint: fallback), let line = expected.release
      else { continue }
      guard let release = chosen.release else {
        throw InitRefusal(.usage, "\(invalid(key)): no release of \(source) known to wbscaffold matches '\(given)'")
      }
      if release.major != line.major {
        let other = blueprints.first { other in
          other.moduleSource == source && other.id != blueprint.id
            && other.defaultPins[.module].flatMap { try? catalog.resolve(source: source, constraint: $0).release?.major } == release.major
        }
        throw InitRefusal(
          .usage,
          "\(invalid(key)): '\(given)' resolves to \(source) \(release), outside blueprint \(blueprint.id)'s \(line.major).x line"
            + (other.map { "; use --blueprint \($0.id)" } ?? ""))
      }
    }
  }

  /// A warning when `main` calls the blueprint's module on another major line:
  /// re-rendering is not how a module line is migrated.
  private func lineSwitch(_ main: [UInt8], to blueprint: any Blueprint) -> String? {
    let tree = SyntaxTree(main)
    for block in tree.body.blocks(ofType: "module") {
      guard case .string(let source)? = block.body.attribute(named: "source").flatMap({ tree.constantValue(of: $0.expression) }),
        ModuleSource(source)?.registryAddress == blueprint.moduleSource,
        case .string(let constraint)? = block.body.attribute(named: "version").flatMap({ tree.constantValue(of: $0.expression) }),
        let current = (try? catalog.resolve(source: source, constraint: constraint))?.release,
        let pin = blueprint.defaultPins[.module],
        let target = (try? catalog.resolve(source: source, constraint: pin))?.release,
        current.major != target.major
      else { continue }
      return "main.tf here calls \(blueprint.moduleSource) \(current) (\(constraint)); blueprint \(blueprint.id) is the \(target.major).x line. "
        + "Overwriting is not a migration: existing state needs the module's upgrade steps (see `wbscaffold upgrade --module-version`)"
    }
    return nil
  }
}
