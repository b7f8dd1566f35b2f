/// The root modules one `check` run covers: the directories given (a file stands
/// for the directory that holds it, as pre-commit passes file names), or with
/// `--recursive` every directory under them that holds `.tf` or `.tofu` files,
/// skipping `.terraform/` and hidden directories.
enum CheckTargets {
  /// Whether a directory listing holds Terraform configuration.
  static func holdsConfiguration(_ names: [String]) -> Bool {
    names.contains { !$0.hasPrefix(".") && ($0.hasSuffix(".tf") || $0.hasSuffix(".tofu")) }
  }

  /// The directories to check for `paths`, each once, in the order given
  /// (found ones sorted).
  ///
  /// - Throws: ``UsageError`` for a path that does not exist, or a directory
  ///   without configuration when not `recursive` (or with none below it).
  static func directories(_ paths: [String], recursive: Bool, spec: CommandSpec) throws -> [String] {
    var out: [String] = []
    func add(_ directory: String) { if !out.contains(directory) { out.append(directory) } }
    for path in paths.isEmpty ? ["."] : paths {
      switch LocalFiles.kind(path) {
      case .missing:
        throw UsageError("no such file or directory: \(path)", spec: spec)
      case .file:
        add(parent(of: path))
      case .directory:
        if recursive {
          let found = try rootModules(under: path)
          guard !found.isEmpty else {
            throw UsageError("no Terraform configuration (.tf or .tofu files) in \(path) or below it", spec: spec)
          }
          found.forEach(add)
        } else {
          let names = try LocalFiles.list(path)
          guard holdsConfiguration(names) else {
            // Terraform's JSON syntax is configuration too, but not one check reads.
            let json = names.contains { $0.hasSuffix(".tf.json") || $0.hasSuffix(".tofu.json") }
            throw UsageError(
              json
                ? "\(path) has only JSON configuration (.tf.json), which wbscaffold check does not read; check the .tf files it is generated from"
                : "\(path) has no .tf or .tofu files; give the directory of a root module, or --recursive to check every one under it",
              spec: spec)
          }
          add(path)
        }
      }
    }
    return out
  }

  /// `directory` and every directory below it that holds configuration, sorted.
  static func rootModules(under directory: String) throws -> [String] {
    var found: [String] = []
    var pending = [directory]
    while let next = pending.popLast() {
      let names = try LocalFiles.list(next)
      if holdsConfiguration(names) { found.append(next) }
      for name in names where !name.hasPrefix(".") {
        let path = next.appendingPath(name)
        if LocalFiles.kind(path) == .directory { pending.append(path) }
      }
    }
    return found.sorted()
  }

  /// The directory holding `path` (`.` for a bare file name).
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let head = String(path[..<slash])
    return head.isEmpty ? "/" : head
  }
}
