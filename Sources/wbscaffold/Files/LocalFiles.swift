#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file-system failure with a message naming the path.
struct FileError: Error, CustomStringConvertible {
  var description: String
}

/// Reading, listing and atomically writing local files.
enum LocalFiles {
  /// What is at a path.
  enum Kind { case missing, file, directory }

  /// Whether `path` is a symbolic link (not followed).
  static func isSymbolicLink(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
  }

  static func kind(_ path: String) -> Kind {
    var st = stat()
    guard stat(path, &st) == 0 else { return .missing }
    return (st.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
  }

  static func read(_ path: String) throws(FileError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw FileError(description: "cannot read \(path): \(errorText())") }
    defer { close(fd) }
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { SystemCall.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileError(description: "cannot read \(path): \(errorText())")
      }
      if n == 0 { break }
      out.append(contentsOf: chunk[0..<n])
    }
    return out
  }

  /// Entry names in a directory, sorted.
  static func list(_ path: String) throws(FileError) -> [String] {
    guard let dir = opendir(path) else {
      throw FileError(description: "cannot read directory \(path): \(errorText())")
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// The permission bits of a file, if it exists.
  static func mode(_ path: String) -> mode_t? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return st.st_mode & 0o7777
  }

  /// Creates a directory and any missing parents.
  static func createDirectory(_ path: String) throws(FileError) {
    if kind(path) == .directory { return }
    let parent = NSStringPath(path: path).directory
    if parent != path && parent != "." && parent != "/" && kind(parent) == .missing {
      try createDirectory(parent)
    }
    guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
      throw FileError(description: "cannot create directory \(path): \(errorText())")
    }
  }

  /// Writes `bytes` to a temporary file beside `path`, syncs it, sets its mode
  /// (the given one, else the existing file's, else 0644) and renames it over
  /// `path`. On failure the temporary file is removed and `path` is untouched.
  static func writeAtomically(_ requested: String, _ bytes: [UInt8], mode: mode_t? = nil) throws(FileError) {
    // Write through a symbolic link to its target, as an editor would: renaming
    // over the link would replace the link itself and leave the target as it was.
    var path = requested
    if isSymbolicLink(requested), let resolved = realpath(requested, nil) {
      path = String(cString: resolved)
      free(resolved)
    }
    let finalMode = mode ?? self.mode(path) ?? 0o644
    let directory = NSStringPath(path: path).directory
    var temp = ""
    var fd: Int32 = -1
    for attempt in 0..<100 {
      temp = directory + "/.\(NSStringPath(path: path).lastComponent).wbscaffold-\(getpid())-\(attempt).tmp"
      fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o600)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw FileError(description: "cannot write \(path): \(errorText())") }
    var ok = bytes.withUnsafeBufferPointer { buffer -> Bool in
      guard var base = buffer.baseAddress else { return true }
      var left = buffer.count
      while left > 0 {
        let n = write(fd, base, left)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        base += n
        left -= n
      }
      return true
    }
    var failure = ok ? "" : errorText()
    if ok && (fsync(fd) != 0 || fchmod(fd, finalMode) != 0) {
      ok = false
      failure = errorText()
    }
    close(fd)
    if ok && rename(temp, path) != 0 {
      ok = false
      failure = errorText()
    }
    guard ok else {
      unlink(temp)
      throw FileError(description: "cannot write \(path): \(failure)")
    }
  }

  static func remove(_ path: String) { unlink(path) }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// Path helpers without Foundation's NSString.
struct NSStringPath {
  var path: String

  var directory: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  var lastComponent: String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}

extension String {
  /// Joins a path and a relative name.
  func appendingPath(_ name: String) -> String {
    if self.isEmpty || self == "." { return name }
    return hasSuffix("/") ? self + name : self + "/" + name
  }

  /// The path with empty and `.` components dropped and each `..` folded into
  /// the name before it, as Go's `filepath.Clean` (so terraform) writes paths:
  /// `./a//b/../c` is `a/c`, and nothing left is `.`.
  var cleanedPath: String {
    let rooted = hasPrefix("/")
    var parts: [Substring] = []
    for part in split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part != ".." || !rooted || !parts.isEmpty {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return rooted ? "/" + joined : (joined.isEmpty ? "." : joined)
  }
}

