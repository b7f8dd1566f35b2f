import HCL

/// `wbscaffold fmt`: formats files exactly as `terraform fmt` does, without
/// terraform, taking terraform's flags and returning its exit codes.
enum FmtCommand: Command {
  /// What terraform fmt formats, and OpenTofu's `.tofu` files (as `tofu fmt` does; terraform ignores them).
  static let extensions = [".tf", ".tfvars", ".tftest.hcl", ".tfmock.hcl", ".tofu"]

  static var spec: CommandSpec {
    var color = CLI.colorOption
    color.terraformSpelling = true
    return CommandSpec(
      name: "fmt", abstract: "Format Terraform files exactly as `terraform fmt` does.",
      discussion:
        "Rewrites .tf, .tfvars, .tftest.hcl and .tfmock.hcl files (and OpenTofu's .tofu files, which terraform fmt leaves alone) in place when their formatting changes (atomically, keeping permissions) and lists them. '-' reads standard input and writes standard output. A file that does not parse is reported and left untouched. Exit status as terraform's: 0, 3 for pending changes under --check, 2 for a file that does not parse or a path that does not exist or is not a Terraform file. terraform fmt's own spellings work too: -check, -diff, -recursive, -list=false, -write=false, -no-color, and any of its flags with =true or =false.",
      arguments: [CommandSpec.Argument(valueName: "path", help: "Files or directories (default: the current directory).", repeatable: true)],
      options: [
        CommandSpec.Option(
          name: "check", kind: .flag, help: "Write nothing; exit 3 if any file would change. Lists (and diffs) only when every input parses.",
          terraformSpelling: true),
        CommandSpec.Option(name: "diff", kind: .flag, help: "Show a unified diff of the changes.", terraformSpelling: true),
        CommandSpec.Option(
          name: "recursive", short: "r", kind: .flag, help: "Also format files in subdirectories.", terraformSpelling: true),
        CommandSpec.Option(
          name: "list", kind: .pair, help: "List files whose formatting changed (default: on; never for standard input).",
          terraformSpelling: true),
        CommandSpec.Option(
          name: "write", kind: .pair,
          help:
            "Rewrite changed files (default: on; off with --check or standard input). With --no-write --no-list and no --diff, print each file's formatted text.",
          terraformSpelling: true),
        color,
      ])
  }

  static func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    func mode(standardInput: Bool) -> FmtMode {
      FmtMode(
        check: arguments.flag("check"), diff: arguments.flag("diff"), list: arguments.bool("list") ?? true,
        write: arguments.bool("write") ?? true, standardInput: standardInput)
    }
    let printer = DiagnosticPrinter(style: context.style(.stderr))
    var held: [UInt8] = []
    var failed = false
    var changed = false

    func emit(_ bytes: [UInt8], _ mode: FmtMode) {
      if !mode.check {
        context.terminal.writeBytes(bytes)
      } else if mode.showsHeldOutput {
        held += bytes
      }
    }
    /// Formats one input named `name` (rewriting `file` when the mode writes).
    func format(_ input: [UInt8], name: String, file: String?, _ mode: FmtMode) throws {
      switch Formatter.format(input) {
      case .invalid(let diagnostics):
        for d in diagnostics { for line in printer.lines(path: name, d) { context.terminal.err(line) } }
        failed = true
      case .formatted(let out):
        if out != input {
          changed = true
          if mode.list { emit(Array((name + "\n").utf8), mode) }
          if mode.write, let file { try SignalShield.whileWriting { try LocalFiles.writeAtomically(file, out) } }
          if mode.diff { emit(Array(UnifiedDiff.make(input, out, oldLabel: "old/\(name)", newLabel: "new/\(name)").utf8), mode) }
        }
        if mode.echoes {
          // As terraform prints it: one final newline, whether the text ends with one or not.
          var echoed = out
          if echoed.last == 0x0A { echoed.removeLast() }
          emit(echoed + [0x0A], mode)
        }
      }
    }

    paths: for path in arguments.positionals.isEmpty ? ["."] : arguments.positionals {
      if path == "-" {
        try format(context.terminal.readStandardInput(), name: "<stdin>", file: nil, mode(standardInput: true))
        continue
      }
      let path = path.cleanedPath
      let files: [String]
      switch LocalFiles.kind(path) {
      case .missing:
        context.terminal.err(printer.style.red("error") + ": no such file or directory: \(path)")
        failed = true
        break paths  // terraform goes no further than a missing path
      case .directory:
        files = try collect(path, recursive: arguments.flag("recursive"))
      case .file:
        guard extensions.contains(where: { path.hasSuffix($0) }) else {
          context.terminal.err(
            printer.style.red("error") + ": \(path): only .tf, .tofu, .tfvars, .tftest.hcl and .tfmock.hcl files can be formatted")
          failed = true
          continue
        }
        files = [path]
      }
      for file in files { try format(try LocalFiles.read(file), name: file, file: file, mode(standardInput: false)) }
    }
    if failed { return .inputError }
    if !held.isEmpty { context.terminal.writeBytes(held) }
    return mode(standardInput: false).check && changed ? .changesPending : .success
  }

  /// Formattable files under `directory`, skipping names terraform ignores
  /// (`.x`, `x~`, `#x#`); subdirectories only when `recursive`.
  static func collect(_ directory: String, recursive: Bool) throws(FileError) -> [String] {
    var out: [String] = []
    for name in try LocalFiles.list(directory) {
      if name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#")) { continue }
      let path = directory.appendingPath(name)
      switch LocalFiles.kind(path) {
      case .directory:
        // Like terraform, never follow a symlinked directory (a loop would never end).
        if recursive && !LocalFiles.isSymbolicLink(path) { out += try collect(path, recursive: true) }
      case .file:
        if extensions.contains(where: { name.hasSuffix($0) }) { out.append(path) }
      case .missing:
        continue
      }
    }
    return out
  }
}
