import HCL

/// `wbscaffold fmt`: formats files exactly as `terraform fmt` does, without terraform.
enum FmtCommand: Command {
  static let extensions = [".tf", ".tfvars", ".tftest.hcl", ".tfmock.hcl"]

  static var spec: CommandSpec {
    CommandSpec(
      name: "fmt", abstract: "Format Terraform files exactly as `terraform fmt` does.",
      discussion:
        "Rewrites .tf, .tfvars, .tftest.hcl and .tfmock.hcl files in place when their formatting changes (atomically, keeping permissions) and lists them. '-' reads standard input and writes standard output. A file that does not parse is reported and left untouched.",
      arguments: [CommandSpec.Argument(valueName: "path", help: "Files or directories (default: the current directory).", repeatable: true)],
      options: [
        CommandSpec.Option(name: "check", kind: .flag, help: "Write nothing; exit 3 if any file would change."),
        CommandSpec.Option(name: "diff", kind: .flag, help: "Show a unified diff of the changes."),
        CommandSpec.Option(name: "recursive", short: "r", kind: .flag, help: "Also format files in subdirectories."),
        CommandSpec.Option(name: "list", kind: .pair, help: "List files whose formatting changed (default: on)."),
        CLI.colorOption,
      ])
  }

  static func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let check = arguments.flag("check")
    let diff = arguments.flag("diff")
    let list = arguments.bool("list") ?? true
    let printer = DiagnosticPrinter(style: context.style(.stderr))
    let paths = arguments.positionals.isEmpty ? ["."] : arguments.positionals
    var failed = false
    var changed = false
    for path in paths {
      if path == "-" {
        let input = context.terminal.readStandardInput()
        switch Formatter.format(input) {
        case .formatted(var out):
          // Like `terraform fmt -`: exactly one final newline.
          if out.last == 0x0A { out.removeLast() }
          out.append(0x0A)
          if check || diff {
            changed = changed || out != input
            if diff { context.terminal.write(UnifiedDiff.make(input, out, oldLabel: "old/<stdin>", newLabel: "new/<stdin>"), to: .stdout) }
          } else {
            context.terminal.writeBytes(out)
          }
        case .invalid(let diagnostics):
          for d in diagnostics { for line in printer.lines(path: "<stdin>", d) { context.terminal.err(line) } }
          failed = true
        }
        continue
      }
      let files: [String]
      switch LocalFiles.kind(path) {
      case .missing:
        context.terminal.err(printer.style.red("error") + ": no such file or directory: \(path)")
        failed = true
        continue
      case .directory:
        files = try collect(path, recursive: arguments.flag("recursive"))
      case .file:
        guard extensions.contains(where: { path.hasSuffix($0) }) else {
          context.terminal.err(
            printer.style.red("error") + ": \(path): only .tf, .tfvars, .tftest.hcl and .tfmock.hcl files can be formatted")
          failed = true
          continue
        }
        files = [path]
      }
      for file in files {
        let input = try LocalFiles.read(file)
        switch Formatter.format(input) {
        case .invalid(let diagnostics):
          for d in diagnostics { for line in printer.lines(path: file, d) { context.terminal.err(line) } }
          failed = true
        case .formatted(let out):
          guard out != input else { continue }
          changed = true
          if list { context.terminal.out(file) }
          if diff { context.terminal.write(UnifiedDiff.make(input, out, oldLabel: "old/\(file)", newLabel: "new/\(file)"), to: .stdout) }
          if !check { try SignalShield.whileWriting { try LocalFiles.writeAtomically(file, out) } }
        }
      }
    }
    if failed { return .failure }
    return check && changed ? .changesPending : .success
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
