/// A readable line diff for test failure messages.
public enum LineDiff {
  /// `-`/`+`/` ` prefixed lines between `expected` and `actual` (shows `\r` and tabs).
  public static func describe(expected: String, actual: String) -> String {
    func lines(_ s: String) -> [String] {
      s.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
      }
    }
    let e = lines(expected)
    let a = lines(actual)
    var out: [String] = []
    for change in a.difference(from: e).sorted(by: { offset($0) < offset($1) }) {
      switch change {
      case .remove(let i, let line, _): out.append("-\(i + 1): \(line)")
      case .insert(let i, let line, _): out.append("+\(i + 1): \(line)")
      }
    }
    return out.prefix(40).joined(separator: "\n")
  }

  private static func offset(_ c: CollectionDifference<String>.Change) -> Int {
    switch c {
    case .remove(let i, _, _), .insert(let i, _, _): return i
    }
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
