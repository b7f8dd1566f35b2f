/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Comparable {
  case error, warning, note

  private var rank: Int {
    switch self {
    case .error: return 0
    case .warning: return 1
    case .note: return 2
    }
  }

  /// Errors sort before warnings, warnings before notes.
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A 1-based line and column. Columns count grapheme clusters, as Terraform's do.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int

  /// Makes a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }

  /// Orders by line, then column.
  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// A finding about a source file: a syntax error, or a check's result.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// Error, warning or note.
  public var severity: Severity
  /// The one-line message.
  public var message: String
  /// Where it is; nil when it concerns the file as a whole.
  public var position: SourcePosition?
  /// Byte offset of the position, when known.
  public var offset: Int?

  /// Makes a diagnostic.
  public init(_ severity: Severity, _ message: String, at position: SourcePosition?, offset: Int? = nil) {
    self.severity = severity
    self.message = message
    self.position = position
    self.offset = offset
  }

  /// Renders `path:line:col: severity: message` (or `path: severity: message`).
  public func rendered(path: String) -> String {
    if let position {
      return "\(path):\(position.line):\(position.column): \(severity.rawValue): \(message)"
    }
    return "\(path): \(severity.rawValue): \(message)"
  }

  /// `line:col: severity: message`.
  public var description: String {
    if let position { return "\(position): \(severity.rawValue): \(message)" }
    return "\(severity.rawValue): \(message)"
  }
}

/// Maps byte offsets of a source to lines and columns.
public struct LineTable: Sendable {
  private let lineStarts: [Int]
  private let source: [UInt8]

  /// Indexes the line starts of `source`.
  public init(_ source: [UInt8]) {
    var starts = [0]
    starts.reserveCapacity(source.count / 32 + 1)
    for (i, b) in source.enumerated() where b == 0x0A { starts.append(i + 1) }
    lineStarts = starts
    self.source = source
  }

  /// The 1-based position of byte `offset`.
  public func position(of offset: Int) -> SourcePosition {
    let offset = max(0, min(offset, source.count))
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    var start = lineStarts[lo]
    // A byte-order mark is not a column.
    if start == 0 && source.count >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF {
      start = min(3, offset)
    }
    // Columns count grapheme clusters, as Terraform's diagnostics do.
    let column = String(decoding: source[start..<offset], as: UTF8.self).count + 1
    return SourcePosition(line: lo + 1, column: column)
  }

  /// The number of lines.
  public var lineCount: Int { lineStarts.count }
}
