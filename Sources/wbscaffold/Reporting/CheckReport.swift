#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import Scaffold

/// What one `check` run found, with the paths every output format needs; the
/// formatters are pure functions of it.
///
/// Finding paths are relative to the checked directory, except a `--var-file`,
/// which keeps the spelling it was given. ``shown(_:)`` gives the path the user
/// can open from where they ran the command; ``relative(_:)`` the same path in
/// the form CI tools match against a repository checkout (forward slashes, no
/// `./`, absolute paths under the working directory made relative).
struct CheckReport {
  /// The directory as given on the command line.
  var directory: String
  /// Every file that was read, in the checker's spelling of its path.
  var files: [String]
  /// The findings that count, in the checker's order.
  var findings: [Finding]
  /// The findings `# wbscaffold:ignore` comments silence (JSON and SARIF list them).
  var ignored: [Finding] = []
  /// The `--var-file` paths; they are not under ``directory``.
  var variableFiles: Set<String> = []
  /// The current directory, to make absolute paths under it relative; `nil`
  /// keeps absolute paths as they are.
  var workingDirectory: String? = nil

  var errors: Int { findings.filter { $0.severity == .error }.count }
  var warnings: Int { findings.filter { $0.severity == .warning }.count }
  var notes: Int { findings.filter { $0.severity == .note }.count }

  /// `path` as the user can open it from where they ran the command: under
  /// ``directory`` unless absolute or a `--var-file`.
  func shown(_ path: String) -> String {
    path.hasPrefix("/") || directory == "." || variableFiles.contains(path) ? path : directory.appendingPath(path)
  }

  /// ``shown(_:)`` with `\` as `/`, `.` and `..` folded, and the working
  /// directory's prefix dropped from an absolute path below it: the path
  /// relative to a CI job's checkout when `check` runs from its root.
  func relative(_ path: String) -> String {
    let clean = shown(path).replacing("\\", with: "/").cleanedPath
    if let root = workingDirectory?.cleanedPath, root.hasPrefix("/"), clean.hasPrefix(root.appendingPath("")) {
      return String(clean.dropFirst(root.appendingPath("").count))
    }
    return clean
  }
}
