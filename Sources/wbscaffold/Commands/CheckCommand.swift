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
        "Reports undeclared tfvars keys, undeclared var.X references, variables without values (a sensitive one may come from TF_VAR_name), values that do not fit declared types, module arguments and module.NAME.ATTR outputs that the resolved release of a W&B module does not have (every release of the \(modules) modules is known), missing required inputs, root Terraform and provider constraints the module refuses, known traps of the W&B guide, values init would refuse, unused variables and syntax errors. Exit 0 without errors, 1 with errors.",
      arguments: [CommandSpec.Argument(valueName: "directory", help: "The Terraform directory (default: the current directory).")],
      options: [
        O(name: "var-file", kind: .value("file"), help: "An extra variable file, as terraform's -var-file.", repeatable: true),
        O(name: "json", kind: .flag, help: "Print the findings as JSON for scripts."),
        CLI.colorOption,
      ])
  }

  static func run(_ args: ParsedArguments, _ context: Context) throws -> ExitCode {
    let directory = args.positionals.first ?? "."
    switch LocalFiles.kind(directory) {
    case .missing: throw CommandFailure(code: .failure, message: "no such directory: \(directory)")
    case .file: throw CommandFailure(code: .failure, message: "\(directory) is a file; give the directory that holds it")
    case .directory: break
    }
    var files: [(path: String, bytes: [UInt8])] = []
    for name in try LocalFiles.list(directory) {
      let path = directory.appendingPath(name)
      if LocalFiles.kind(path) == .file { files.append((name, try LocalFiles.read(path))) }
    }
    var varFiles: [(path: String, bytes: [UInt8])] = []
    for file in args.allValues("var-file") {
      do {
        varFiles.append((file, try LocalFiles.read(file)))
      } catch {
        throw UsageError("cannot read --var-file '\(file)': \(error)", spec: spec)
      }
    }
    var configuration = ConfigurationDirectory(files: files, variableFiles: varFiles)
    if let manifest = try? LocalFiles.read(directory.appendingPath(InstalledModules.path)) {
      configuration.installedModules = InstalledModules(json: manifest)
    }
    let findings = ConfigurationChecker.check(
      configuration, catalog: BlueprintCatalog.modules, environment: context.environment, rules: BlueprintCatalog.checkRules)
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.filter { $0.severity == .warning }.count
    let checked = configuration.configurationFiles.count + configuration.valueFiles.count
    if args.flag("json") {
      context.terminal.write(json(findings, directory: directory, files: checked, errors: errors, warnings: warnings), to: .stdout)
    } else {
      // Paths are shown as the user can open them: a directory file under the
      // directory given, a --var-file as given.
      let printer = DiagnosticPrinter(style: context.style(.stdout)) { path in
        let fromDirectory = !varFiles.contains { $0.path == path }
        return path.hasPrefix("/") || directory == "." || !fromDirectory ? path : directory.appendingPath(path)
      }
      for finding in findings {
        for line in printer.lines(finding) { context.terminal.out(line) }
      }
      context.terminal.out(summaryLine(errors: errors, warnings: warnings, notes: findings.count - errors - warnings, files: checked))
    }
    return errors > 0 ? .failure : .success
  }

  static func summaryLine(errors: Int, warnings: Int, notes: Int, files: Int) -> String {
    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    let where_ = "in " + count(files, "file")
    if errors + warnings + notes == 0 { return "No problems found " + where_ + "." }
    return [count(errors, "error"), count(warnings, "warning"), count(notes, "note")].joined(separator: ", ") + " " + where_ + "."
  }

  private static func json(_ findings: [Finding], directory: String, files: Int, errors: Int, warnings: Int) -> String {
    struct Item: Encodable {
      var rule, severity: String
      var path: String?
      var message: String
      var line, column: Int?
      var hint: String?
      var notes: [String]?
    }
    struct Output: Encodable {
      var directory: String
      var files, errors, warnings: Int
      var findings: [Item]
    }
    let output = Output(
      directory: directory, files: files, errors: errors, warnings: warnings,
      findings: findings.map {
        Item(
          rule: $0.rule.rawValue, severity: $0.severity.rawValue, path: $0.path, message: $0.message,
          line: $0.position?.line, column: $0.position?.column, hint: $0.hint,
          notes: $0.notes.isEmpty ? nil : $0.notes.map(\.description))
      })
    return JSONText.encode(output)
  }
}
