/// Finds the known name closest to a misspelt one, for `did you mean "x"?` hints.
public enum NameSuggestion {
  /// The candidate within a small edit distance of `name` (ties go to the
  /// alphabetically first), or `nil` when none is close enough.
  public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
    let target = Array(name.lowercased().utf8)
    let limit = max(1, min(3, target.count / 3))
    var best: (distance: Int, name: String)?
    for candidate in candidates where candidate != name {
      let other = Array(candidate.lowercased().utf8)
      guard abs(other.count - target.count) <= limit else { continue }
      let distance = editDistance(target, other)
      // A one-letter name is "one edit" from every other one-letter name.
      guard distance <= limit, distance < target.count else { continue }
      if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
      best = (distance, candidate)
    }
    return best?.name
  }

  /// `did you mean "x"?` for the closest candidate, if any.
  public static func hint(for name: String, in candidates: some Sequence<String>) -> String? {
    closest(to: name, in: candidates).map { "did you mean \"\($0)\"?" }
  }

  /// Levenshtein distance with adjacent transpositions counted as one edit.
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
