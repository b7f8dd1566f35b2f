import HCL
import Scaffold

/// `check --format sarif`: a SARIF 2.1.0 log in the subset GitHub code scanning
/// reads (docs.github.com, "SARIF support for code scanning"), for
/// `github/codeql-action/upload-sarif`.
///
/// One run, tool `wbscaffold`; a rule entry (with its `RuleHelp` texts) for every
/// rule that occurs, sorted by id so `ruleIndex` does not depend on the order of
/// findings; one result per finding. Each result carries:
/// - `level` `error`, `warning` or `note`, as the finding's severity;
/// - `message.text`: the message, each note on a line of its own, then the hint;
/// - one location: the path relative to the checkout, with a region that starts
///   at the finding's line and column and spans one character (findings record
///   no end), or only `startLine` 1 when the finding is about the whole file;
///   a finding about no file has no location, which GitHub does not display;
/// - `partialFingerprints.primaryLocationLineHash`, the one key GitHub reads: a
///   hash of rule, path and message, without the line, so an alert stays the same
///   alert when lines above it move, with `:N` telling equal ones apart in file
///   order. Given here, `upload-sarif` does not compute one from the source.
enum SARIFReport {
  /// The schema URI GitHub's documentation gives.
  static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  /// The log as JSON text. A rule missing from `ruleHelp` gets
  /// `RuleHelp.fallback`; `informationURI` is left out when `nil`.
  static func text(
    _ report: CheckReport, version: String, ruleHelp: [Finding.Rule: RuleHelp], informationURI: String? = nil
  ) -> String {
    JSONText.encode(log(report, version: version, ruleHelp: ruleHelp, informationURI: informationURI))
  }

  static func log(_ report: CheckReport, version: String, ruleHelp: [Finding.Rule: RuleHelp], informationURI: String?) -> Log {
    let all = report.findings + report.ignored
    let ids = Set(all.map(\.rule.rawValue)).sorted()
    let rules = ids.map { id in
      let help = ruleHelp[Finding.Rule(id)] ?? RuleHelp.fallback(Finding.Rule(id))
      let worst = all.filter { $0.rule.rawValue == id }.map(\.severity).min() ?? .warning
      return ReportingDescriptor(
        id: id, shortDescription: .init(text: help.short), fullDescription: .init(text: help.full),
        help: .init(text: help.help), defaultConfiguration: .init(level: level(worst)))
    }
    var seen: [String: Int] = [:]
    let results = all.map { finding in
      let key = fingerprint(finding, path: finding.path.map(report.relative))
      seen[key, default: 0] += 1
      return Result(
        ruleId: finding.rule.rawValue, ruleIndex: ids.firstIndex(of: finding.rule.rawValue) ?? 0,
        level: level(finding.severity), message: .init(text: messageText(finding, report)),
        locations: finding.path.map { [location($0, finding.position, report)] },
        partialFingerprints: ["primaryLocationLineHash": "\(key):\(seen[key] ?? 1)"],
        suppressions: finding.ignoredBecause.map { [Suppression(justification: $0)] })
    }
    let driver = ToolComponent(name: "wbscaffold", informationUri: informationURI, semanticVersion: version, rules: rules)
    return Log(schema: schema, version: "2.1.0", runs: [Run(tool: .init(driver: driver), results: results)])
  }

  /// SARIF's level for a severity.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .note: return "note"
    }
  }

  private static func messageText(_ finding: Finding, _ report: CheckReport) -> String {
    var lines = [finding.message]
    for note in finding.notes {
      let place = note.path.map { path in report.relative(path) + (note.position.map { ":\($0.line):\($0.column)" } ?? "") + ": " }
      lines.append("- " + (place ?? "") + note.text)
    }
    if let hint = finding.hint { lines.append("hint: " + hint) }
    return lines.joined(separator: "\n")
  }

  private static func location(_ path: String, _ position: SourcePosition?, _ report: CheckReport) -> Location {
    let region =
      position.map { Region(startLine: $0.line, startColumn: $0.column, endLine: $0.line, endColumn: $0.column + 1) }
      ?? Region(startLine: 1)
    return Location(
      physicalLocation: .init(artifactLocation: .init(uri: uriReference(report.relative(path))), region: region))
  }

  /// `path` as a relative URI reference: unreserved characters and `/` as they
  /// are, every other byte percent-encoded (`main file.tf` is `main%20file.tf`).
  static func uriReference(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF")
        out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
      }
    }
    return out
  }

  /// 16 hex digits of the 64-bit FNV-1a hash of rule, path and message (NUL
  /// between them): the same finding gets the same value on every machine and
  /// run, which `Hasher` does not promise.
  static func fingerprint(_ finding: Finding, path: String?) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in [finding.rule.rawValue, path ?? "", finding.message].joined(separator: "\u{0}").utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  // The subset of the SARIF object model written here, named as the schema names it.

  struct Log: Encodable {
    var schema: String
    var version: String
    var runs: [Run]
    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }
  struct Run: Encodable {
    var tool: Tool
    var results: [Result]
  }
  struct Tool: Encodable { var driver: ToolComponent }
  struct ToolComponent: Encodable {
    var name: String
    var informationUri: String?
    var semanticVersion: String
    var rules: [ReportingDescriptor]
  }
  struct ReportingDescriptor: Encodable {
    var id: String
    var shortDescription: Text
    var fullDescription: Text
    var help: Text
    var defaultConfiguration: Configuration
  }
  struct Configuration: Encodable { var level: String }
  struct Text: Encodable { var text: String }
  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Text
    var locations: [Location]?
    var partialFingerprints: [String: String]
    /// Set for a finding a `# wbscaffold:ignore` comment silences: GitHub then
    /// shows the alert as dismissed in source, with the comment's reason.
    var suppressions: [Suppression]? = nil
  }
  struct Suppression: Encodable {
    var kind = "inSource"
    var justification: String
  }
  struct Location: Encodable { var physicalLocation: PhysicalLocation }
  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }
  struct ArtifactLocation: Encodable { var uri: String }
  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int? = nil
    var endLine: Int? = nil
    var endColumn: Int? = nil
  }
}
