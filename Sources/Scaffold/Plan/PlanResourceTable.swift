import HCL

/// Which resources a plan must not replace or destroy lightly, and why: the data
/// `plan-review` reads a plan against.
///
/// The table names resource types and module calls; it holds no logic. Each
/// module line keeps its own in `Blueprints/` (its cloud's resource types), and
/// ``PlanReviewer`` takes the merged table as input, so this layer names no cloud.
/// A resource matched both by its type and by a module call on its address takes
/// the more severe entry, so a database inside a module whose replacement is
/// expected is still an error.
public struct PlanResourceTable: Sendable {
  /// What losing a resource costs, from the worst.
  public enum Category: Sendable, Hashable, Comparable {
    /// It holds data (a database, a bucket, a key, a persistent cache): replacing it
    /// or destroying it loses the data. An error.
    case holdsData
    /// It runs the deployment (a cluster): replacing it is an outage and recreates
    /// what runs on it. A warning.
    case disruptive
    /// A module upgrade step is known to replace it. A note.
    case expectedReplacement

    /// The severity of a finding about it.
    public var severity: Severity {
      switch self {
      case .holdsData: .error
      case .disruptive: .warning
      case .expectedReplacement: .note
      }
    }
  }

  /// What the table says about one resource type or module call.
  public struct Entry: Sendable, Hashable {
    /// How bad its loss is.
    public var category: Category
    /// Why it matters, one sentence that completes "X would be destroyed: ...",
    /// such as `it holds the W&B database`.
    public var why: String

    /// Makes an entry.
    public init(_ category: Category, _ why: String) {
      self.category = category
      self.why = why
    }
  }

  /// Entries by resource type (`"type"` in the plan).
  public var types: [String: Entry]
  /// Entries by module call name: they apply to every resource whose
  /// `module_address` calls a module of that name at any depth.
  public var moduleCalls: [String: Entry]

  /// Makes a table.
  public init(types: [String: Entry] = [:], moduleCalls: [String: Entry] = [:]) {
    self.types = types
    self.moduleCalls = moduleCalls
  }

  /// One table holding every entry of `tables`; for a key in several, the most
  /// severe entry (the first of equals).
  public init(merging tables: [PlanResourceTable]) {
    func merge(_ a: Entry, _ b: Entry) -> Entry { b.category < a.category ? b : a }
    self.init()
    for table in tables {
      types.merge(table.types, uniquingKeysWith: merge)
      moduleCalls.merge(table.moduleCalls, uniquingKeysWith: merge)
    }
  }

  /// The entry for a resource of `type` at `moduleAddress`: by type, by any module
  /// call on the address, whichever is more severe (the type on a tie); `nil` when
  /// the table says nothing about it.
  public func entry(type: String, moduleAddress: String?) -> Entry? {
    var best = types[type]
    for call in Self.moduleCallNames(moduleAddress ?? "") {
      guard let entry = moduleCalls[call] else { continue }
      if best == nil || entry.category < best!.category { best = entry }
    }
    return best
  }

  /// The module call names of a module address, outermost first:
  /// `module.a.module.b["x.y"]` is `a`, `b` (instance keys, which may hold dots,
  /// are skipped).
  static func moduleCallNames(_ address: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var inKey = false
    var quoted = false
    var escaped = false
    for character in address {
      if inKey {
        if escaped {
          escaped = false
        } else if quoted && character == "\\" {
          escaped = true
        } else if character == "\"" {
          quoted.toggle()
        } else if character == "]" && !quoted {
          inKey = false
        }
        continue
      }
      switch character {
      case "[":
        inKey = true
      case ".":
        parts.append(current)
        current = ""
      default:
        current.append(character)
      }
    }
    if !current.isEmpty { parts.append(current) }
    var names: [String] = []
    var index = 0
    while index + 1 < parts.count {
      if parts[index] == "module" {
        names.append(parts[index + 1])
        index += 2
      } else {
        index += 1
      }
    }
    return names
  }
}
