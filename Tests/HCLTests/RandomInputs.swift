import HCL

/// SplitMix64: a small deterministic generator so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Rewrites the insignificant whitespace of a valid file at random: spaces and tabs
/// between tokens where the lexer is not inside a string or heredoc. The token
/// sequence is unchanged, so the file stays valid and formats the same.
enum Respacer {
  private static let choices: [[UInt8]] = [[], [0x20], [0x20, 0x20], [0x09], [0x20, 0x09, 0x20], [0x20, 0x20, 0x20, 0x20]]

  static func respace(_ source: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
    let tokens = Lexer.tokenize(source)
    var out: [UInt8] = []
    var previous: Token?
    var cursor = Lexer.hasByteOrderMark(source) ? 3 : 0
    out.append(contentsOf: source[0..<cursor])
    for token in tokens where token.kind != .eof {
      let gap = source[cursor..<Int(token.start)]
      if isFree(after: previous?.kind, before: token.kind), Int.random(in: 0..<3, using: &rng) > 0 {
        var replacement = choices.randomElement(using: &rng) ?? []
        if !gap.isEmpty && replacement.isEmpty { replacement = [0x20] }
        out.append(contentsOf: replacement)
      } else {
        out.append(contentsOf: gap)
      }
      out.append(contentsOf: source[token.range])
      cursor = Int(token.end)
      previous = token
    }
    out.append(contentsOf: source[cursor...])
    return out
  }

  private static func isFree(after previous: TokenKind?, before next: TokenKind) -> Bool {
    switch previous {
    case .openQuote?, .quotedLit?, .stringLit?, .openHeredoc?, .templateSeqEnd?, .closeHeredoc?: return false
    default: break
    }
    switch next {
    case .quotedLit, .stringLit, .closeQuote, .closeHeredoc, .templateInterp, .templateControl: return false
    default: return true
    }
  }
}

/// Random valid HCL covering blocks, labels, nested bodies, comments, every
/// expression form, templates and heredocs.
enum RandomHCL {
  static func file(blocks: Int, using rng: inout SeededGenerator) -> String {
    var out = ""
    for i in 0..<blocks {
      if Bool.random(using: &rng) { out += comment(&rng) + "\n" }
      out += block(depth: 0, index: i, &rng)
      if Int.random(in: 0..<3, using: &rng) == 0 { out += "\n" }
    }
    return out
  }

  private static let names = ["a", "bb", "name", "instance_type", "tags", "count", "for_each", "x-y", "ÿ", "café", "long_attribute_name"]
  private static let types = ["resource", "module", "variable", "locals", "dynamic", "provider", "output", "b"]

  private static func pick(_ items: [String], _ rng: inout SeededGenerator) -> String {
    items.randomElement(using: &rng) ?? "a"
  }

  private static func comment(_ rng: inout SeededGenerator) -> String {
    ["# note", "// slash", "/* block */", "#", "# trailing   "].randomElement(using: &rng) ?? "#"
  }

  private static func block(depth: Int, index: Int, _ rng: inout SeededGenerator) -> String {
    let pad = String(repeating: "  ", count: depth)
    let type = pick(types, &rng)
    var labels = ""
    for _ in 0..<Int.random(in: 0...2, using: &rng) {
      labels += Bool.random(using: &rng) ? " \"\(pick(names, &rng))\"" : " \(pick(names, &rng))\(index)"
    }
    if Int.random(in: 0..<8, using: &rng) == 0 { return "\(pad)\(type)\(labels) {}\n" }
    if Int.random(in: 0..<8, using: &rng) == 0 {
      return "\(pad)\(type)\(labels) { \(pick(names, &rng)) = \(expression(0, &rng)) }\n"
    }
    var out = "\(pad)\(type)\(labels) {"
    out += Int.random(in: 0..<4, using: &rng) == 0 ? " \(comment(&rng).replacingSlashBlock)\n" : "\n"
    var used = Set<String>()
    for _ in 0..<Int.random(in: 1...6, using: &rng) {
      if depth < 2 && Int.random(in: 0..<5, using: &rng) == 0 {
        out += block(depth: depth + 1, index: index, &rng)
        continue
      }
      let name = pick(names, &rng)
      if used.contains(name) { continue }
      used.insert(name)
      let value = Int.random(in: 0..<8, using: &rng) == 0 ? heredoc(&rng) : expression(2, &rng)
      out += "\(pad)  \(name) = \(value)"
      if !value.hasSuffix("EOT"), Int.random(in: 0..<4, using: &rng) == 0 {
        out += " \(comment(&rng).replacingSlashBlock)"
      }
      out += "\n"
      if Int.random(in: 0..<6, using: &rng) == 0 { out += "\n" }
    }
    return out + "\(pad)}\n"
  }

  /// Heredocs only stand as a whole attribute value: their closing line must be alone.
  private static func heredoc(_ rng: inout SeededGenerator) -> String {
    Bool.random(using: &rng)
      ? "<<EOT\nline one\n  ${var.x}\nEOT"
      : "<<-EOT\n    indented\n      more %{ for x in y ~}${x}%{ endfor ~}\n    EOT"
  }

  private static func expression(_ depth: Int, _ rng: inout SeededGenerator) -> String {
    let leaf = depth <= 0
    switch Int.random(in: 0..<(leaf ? 6 : 16), using: &rng) {
    case 0: return String(Int.random(in: 0...9999, using: &rng))
    case 1: return ["true", "false", "null", "1.50", "1e3"].randomElement(using: &rng) ?? "1"
    case 2: return "\"\(["plain", "with space", "ünï", "tab\\tq", "100%", "$x", "a$${b}c", ""].randomElement(using: &rng) ?? "")\""
    case 3: return "var.\(pick(names, &rng))"
    case 4: return "module.m.out[0].id"
    case 5: return "local.items[*].name"
    case 6: return "[\(expression(depth - 1, &rng)), \(expression(depth - 1, &rng))]"
    case 7: return "{ k = \(expression(depth - 1, &rng)) }"
    case 8: return "{\n k = \(expression(depth - 1, &rng))\n \"quoted-key\" = 1\n long_key = \(expression(depth - 1, &rng))\n}"
    case 9: return "\(pick(["length", "lookup", "format", "join"], &rng))(\(expression(depth - 1, &rng)), \(expression(depth - 1, &rng)))"
    case 10: return "\(expression(depth - 1, &rng)) \(["+", "-", "*", "==", "&&", "||", "<="].randomElement(using: &rng) ?? "+") \(expression(depth - 1, &rng))"
    case 11: return "var.enabled ? \(expression(depth - 1, &rng)) : -1"
    case 12: return "[for x in var.list : upper(x) if x != \"\"]"
    case 13: return "{ for k, v in var.map : k => v... }"
    case 14: return "\"prefix-${var.name}-${upper(\"x\")}%{if var.on}on%{else}off%{endif}\""
    default: return "[\n \(expression(depth - 1, &rng)),\n \(expression(depth - 1, &rng)), # c\n]"
    }
  }
}

extension String {
  /// `/* */` after code is fine but keep block comments out of line ends for variety's sake.
  fileprivate var replacingSlashBlock: String { self == "/* block */" ? "# hash" : self }
}
