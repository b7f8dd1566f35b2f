#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import Blueprints
import HCL
import Scaffold

/// `wbscaffold check`: validates a Terraform directory for W&B like a compiler.
enum CheckCommand: Command {
  static var spec: CommandSpec {
    typealias O = CommandSpec.Option
    let names = BlueprintCatalog.modules.sources.compactMap { $0.split(separator: "/").last.map(String.init) }
    let modules = names.dropLast().joined(separator: ", ") + (names.count > 1 ? " and " : "") + (names.last ?? "")
    return CommandSpec(
      name: "check", abstract: "Validate a Terraform directory for W&B Server, compiler-style.",
      discussion:
        "Reports undeclared tfvars keys, undeclared var.X references, variables without values (a sensitive one may come from TF_VAR_name), values that do not fit declared types, module arguments and module.NAME.ATTR outputs that the resolved release of a W&B module does not have (every release of the \(modules) modules is known), missing required inputs, root Terraform and provider constraints the module refuses, known traps of the W&B guide, values init would refuse, unused variables and syntax errors. --format prints the findings for CI: sarif for GitHub code scanning (upload-sarif), github for annotations in a GitHub Actions log, junit for test-report views; errors still decide the exit status. Exit status: 0 without errors, 1 with errors, 64 for a usage error (a path that does not exist, a directory without .tf or .tofu files, an unknown format).",
      arguments: [
        CommandSpec.Argument(
          valueName: "path", help: "Terraform directories, or files standing for theirs (default: the current directory).",
          repeatable: true)
      ],
      options: [
        O(
          name: "recursive", short: "r", kind: .flag,
          help: "Check every root module under the paths (directories with .tf or .tofu files; .terraform/ and hidden ones skipped)."),
        O(name: "var-file", kind: .value("file"), help: "An extra variable file, as terraform's -var-file.", repeatable: true),
        O(
          name: "format", kind: .value("format"),
          help: "How to print the findings: text for people, json for scripts, sarif, github or junit for CI.",
          defaultValue: CheckFormat.text.rawValue, allowedValues: CheckFormat.names),
        O(name: "json", kind: .flag, help: "The same as --format json."),
        CLI.colorOption,
      ])
  }

  static func run(_ args: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try CheckFormat.chosen(format: args.value("format"), json: args.flag("json"), spec: spec)
    let directories = try CheckTargets.directories(args.positionals, recursive: args.flag("recursive"), spec: spec)
    var varFiles: [(path: String, bytes: [UInt8])] = []
    for file in args.allValues("var-file") {
      do {
        varFiles.append((file, try LocalFiles.read(file)))
      } catch {
        throw UsageError("cannot read --var-file '\(file)': \(error)", spec: spec)
      }
    }
    if !varFiles.isEmpty, directories.count > 1 {
      throw UsageError("--var-file applies to one root module, and \(directories.count) are checked", spec: spec)
    }
    let variableFiles = Set(varFiles.map(\.path))
    var findings: [Finding] = []
    var checked: [String] = []
    for directory in directories {
      var files: [(path: String, bytes: [UInt8])] = []
      for name in try LocalFiles.list(directory) {
        let path = directory.appendingPath(name)
        if LocalFiles.kind(path) == .file { files.append((name, try LocalFiles.read(path))) }
      }
      var configuration = ConfigurationDirectory(files: files, variableFiles: varFiles)
      if let manifest = try? LocalFiles.read(directory.appendingPath(InstalledModules.path)) {
        configuration.installedModules = InstalledModules(json: manifest)
      }
      let found = ConfigurationChecker.check(
        configuration, catalog: BlueprintCatalog.modules, environment: context.environment,
        rules: BlueprintCatalog.checkRules)
      // One directory keeps the paths relative to it; several are named from where check runs.
      let prefix = { (path: String) in
        directories.count == 1 || path.hasPrefix("/") || variableFiles.contains(path) ? path : directory.appendingPath(path)
      }
      findings += found.map { Self.finding($0, paths: prefix) }
      checked += configuration.allFiles.map { prefix($0.path) }
    }
    let directory = directories.count == 1 ? directories[0] : "."
    let ordered = directories.count == 1 ? findings : findings.sorted()
    let report = CheckReport(
      directory: directory, files: checked, findings: ordered.filter { $0.ignoredBecause == nil },
      ignored: ordered.filter { $0.ignoredBecause != nil }, variableFiles: variableFiles,
      workingDirectory: FileManager.default.currentDirectoryPath)
    switch format {
    case .text: for line in TextReport.lines(report, style: context.style(.stdout)) { context.terminal.out(line) }
    case .json: context.terminal.write(JSONReport.text(report), to: .stdout)
    case .sarif: context.terminal.write(SARIFReport.text(report, version: CLI.version, ruleHelp: ruleHelp), to: .stdout)
    case .github: for line in GitHubAnnotations.lines(report) { context.terminal.out(line) }
    case .junit: context.terminal.write(JUnitReport.text(report), to: .stdout)
    }
    return report.errors > 0 ? .failure : .success
  }

  /// `finding` with its path and its notes' paths passed through `paths`.
  static func finding(_ finding: Finding, paths: (String) -> String) -> Finding {
    var out = finding
    out.path = finding.path.map(paths)
    out.notes = finding.notes.map { note in
      var note = note
      note.path = note.path.map(paths)
      return note
    }
    return out
  }

  /// What each rule is about, for SARIF: `Scaffold`'s and the module lines'.
  static var ruleHelp: [Finding.Rule: RuleHelp] { BlueprintCatalog.ruleHelp }
}
