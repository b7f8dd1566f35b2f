/// How `check` prints what it found: `--format`, with `--json` kept as the
/// older spelling of `--format json`.
enum CheckFormat: String, CaseIterable {
  /// Compiler-style lines and a summary, for people (`DiagnosticPrinter`).
  case text
  /// One JSON document for scripts (`JSONReport`).
  case json
  /// SARIF 2.1.0 for GitHub code scanning (`SARIFReport`).
  case sarif
  /// GitHub Actions workflow commands that annotate the files (`GitHubAnnotations`).
  case github
  /// JUnit XML for CI test-report views (`JUnitReport`).
  case junit

  /// The values `--format` accepts, in the order help lists them.
  static var names: [String] { allCases.map(\.rawValue) }

  /// The format `--format` and `--json` ask for; they must not disagree.
  ///
  /// The parser has already refused a value outside ``names``.
  static func chosen(format: String?, json: Bool, spec: CommandSpec) throws -> CheckFormat {
    let named = format.flatMap(CheckFormat.init(rawValue:))
    if json, let named, named != .json {
      throw UsageError("--json is the same as --format json; it cannot be combined with --format \(named.rawValue)", spec: spec)
    }
    return json ? .json : named ?? .text
  }
}
