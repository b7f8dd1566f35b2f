/// Unified diffs (`diff -u` format, 3 lines of context) between two byte arrays.
/// Lines keep their line endings, so a CRLF change is a change.
enum UnifiedDiff {
  private enum Op { case equal, delete, insert }

  /// The diff, or "" when the inputs are equal.
  static func make(_ old: [UInt8], _ new: [UInt8], oldLabel: String, newLabel: String, context: Int = 3) -> String {
    guard old != new else { return "" }
    let a = lines(old)
    let b = lines(new)
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in b.difference(from: a) {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    // Merge into one edit script: (op, old index, new index).
    var script: [(Op, Int, Int)] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count && removed.contains(i) {
        script.append((.delete, i, j))
        i += 1
      } else if j < b.count && inserted.contains(j) {
        script.append((.insert, i, j))
        j += 1
      } else {
        script.append((.equal, i, j))
        i += 1
        j += 1
      }
    }
    var out = "--- \(oldLabel)\n+++ \(newLabel)\n"
    var k = 0
    while k < script.count {
      guard script[k].0 != .equal else {
        k += 1
        continue
      }
      // A hunk: from `context` lines before the change to `context` lines after the last nearby change.
      let start = max(0, k - context)
      var end = k
      var lastChange = k
      while end < script.count {
        if script[end].0 != .equal { lastChange = end }
        if end - lastChange > 2 * context { break }
        end += 1
      }
      end = min(script.count, lastChange + context + 1)
      let hunk = script[start..<end]
      let oldStart = hunk.first.map { $0.1 } ?? 0
      let newStart = hunk.first.map { $0.2 } ?? 0
      let oldCount = hunk.filter { $0.0 != .insert }.count
      let newCount = hunk.filter { $0.0 != .delete }.count
      out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
      for (op, oi, nj) in hunk {
        switch op {
        case .equal: out += " " + text(a[oi])
        case .delete: out += "-" + text(a[oi])
        case .insert: out += "+" + text(b[nj])
        }
      }
      k = end
    }
    return out
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
  }

  private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
      out.append(bytes[start...i])
      start = i + 1
    }
    if start < bytes.count { out.append(bytes[start...]) }
    return out
  }

  private static func text(_ line: ArraySlice<UInt8>) -> String {
    // Test the byte: as a Character, "\r\n" is not "\n".
    let s = String(decoding: line, as: UTF8.self)
    return line.last == 0x0A ? s : s + "\n\\ No newline at end of file\n"
  }
}
