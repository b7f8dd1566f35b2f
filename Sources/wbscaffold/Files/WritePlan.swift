/// The files a command wants to write, checked against the disk before anything
/// is written, then written so that a failure leaves the directory as it was.
struct WritePlan {
  /// What writing a file would do.
  enum Action: String {
    /// The file does not exist yet.
    case create
    /// The file exists with exactly these bytes: left alone.
    case identical
    /// The file exists with other bytes.
    case conflict
    /// The file exists with other bytes and `--force` was given (or the command edits it).
    case update
  }

  struct Entry {
    var path: String
    var bytes: [UInt8]
    var mode: UInt32?
    var action: Action
    var previous: [UInt8]?
  }

  private(set) var entries: [Entry] = []

  /// Classifies each file: `create`, `identical`, or `conflict` (`update` when
  /// `overwrite` is true).
  init(_ files: [(path: String, bytes: [UInt8], mode: UInt32?)], overwrite: Bool) throws(FileError) {
    for file in files {
      var action = WritePlan.Action.create
      var previous: [UInt8]?
      switch LocalFiles.kind(file.path) {
      case .missing: break
      case .directory: throw FileError(description: "\(file.path) is a directory")
      case .file:
        let existing = try LocalFiles.read(file.path)
        previous = existing
        action = existing == file.bytes ? .identical : (overwrite ? .update : .conflict)
        // Same bytes, wrong permissions (a secrets file made world-readable): fix the mode.
        if action == .identical, let wanted = file.mode, let current = LocalFiles.mode(file.path),
          UInt32(current) != wanted
        {
          action = .update
        }
      }
      entries.append(Entry(path: file.path, bytes: file.bytes, mode: file.mode, action: action, previous: previous))
    }
  }

  var conflicts: [Entry] { entries.filter { $0.action == .conflict } }
  var changes: [Entry] { entries.filter { $0.action == .create || $0.action == .update } }

  /// Writes every created or updated file atomically. If one write fails, files
  /// already written are restored (or removed) and the error is rethrown.
  func commit() throws {
    try SignalShield.whileWriting { try commitNow() }
  }

  private func commitNow() throws(FileError) {
    precondition(conflicts.isEmpty, "commit with unresolved conflicts")
    var done: [Entry] = []
    for entry in changes {
      do {
        let directory = NSStringPath(path: entry.path).directory
        if LocalFiles.kind(directory) == .missing { try LocalFiles.createDirectory(directory) }
        try LocalFiles.writeAtomically(entry.path, entry.bytes, mode: entry.mode.map { mode_t($0) })
        done.append(entry)
      } catch {
        for written in done.reversed() {
          if let previous = written.previous {
            try? LocalFiles.writeAtomically(written.path, previous)
          } else {
            LocalFiles.remove(written.path)
          }
        }
        throw error
      }
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
