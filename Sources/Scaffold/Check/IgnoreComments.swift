import HCL

/// Findings a team decided to live with, marked in the files themselves as
/// tflint's `# tflint-ignore` does:
///
/// ```hcl
/// # wbscaffold:ignore unused-variable kept for the next release's module call
/// variable "legacy" {}
/// ```
///
/// A comment on a line of its own covers the line below it; a comment after
/// code covers its own line. Several rules may be given, comma-separated. The
/// reason is required: a comment without one silences nothing and is reported
/// (`ignore-without-reason`). A silenced finding stays in the results with the
/// reason (``Finding/ignoredBecause``), so `--format json` and SARIF show it.
enum IgnoreComments {
  /// The marker that starts an ignore comment.
  static let marker = "wbscaffold:ignore"

  /// One ignore comment: the rules, the line it covers, the reason.
  struct Mark {
    var rules: Set<String>
    var line: Int
    var reason: String
  }

  /// Marks `findings` that an ignore comment covers, and adds a finding for each
  /// comment without a reason.
  static func apply(to findings: [Finding], files: [ConfigurationFile]) -> [Finding] {
    var marks: [String: [Mark]] = [:]
    var out = findings
    for file in files {
      for (index, token) in file.tree.tokens.enumerated() where token.kind == .comment {
        let text = String(decoding: file.tree.source[token.range], as: UTF8.self)
        guard let found = text.firstRange(of: marker) else { continue }
        var rest = String(text[found.upperBound...]).trimmingBlanks
        if rest.hasSuffix("*/") { rest = String(rest.dropLast(2)).trimmingBlanks }
        let parts = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let rules = parts.first.map { Set($0.split(separator: ",").map(String.init)) } ?? []
        let reason = parts.count > 1 ? String(parts[1]).trimmingBlanks : ""
        let position = file.position(ofToken: index)
        guard !rules.isEmpty, !reason.isEmpty else {
          out.append(
            Finding(
              .ignoreWithoutReason, .warning, path: file.path, position: position, offset: Int(token.start),
              message: rules.isEmpty
                ? "\(marker) names no rule, so it silences nothing"
                : "\(marker) \(rules.sorted().joined(separator: ",")) gives no reason, so it silences nothing",
              hint: "write the rule and why: # \(marker) RULE the reason the team keeps it"))
          continue
        }
        let ownLine = index == 0 || startsLine(token, in: file.tree)
        marks[file.path, default: []].append(Mark(rules: rules, line: position.line + (ownLine ? 1 : 0), reason: reason))
      }
    }
    for i in out.indices {
      guard let path = out[i].path, let line = out[i].position?.line,
        let mark = marks[path]?.first(where: { $0.line == line && $0.rules.contains(out[i].rule.rawValue) })
      else { continue }
      out[i].ignoredBecause = mark.reason
    }
    return out
  }

  /// Whether only blanks precede `token` on its line.
  private static func startsLine(_ token: Token, in tree: SyntaxTree) -> Bool {
    var offset = Int(token.start) - 1
    while offset >= 0 {
      switch tree.source[offset] {
      case 0x20, 0x09: offset -= 1
      case 0x0A, 0x0D: return true
      default: return false
      }
    }
    return true
  }
}

extension Finding.Rule {
  /// A `wbscaffold:ignore` comment without a rule or a reason.
  public static let ignoreWithoutReason = Finding.Rule("ignore-without-reason")
}
