/// Formats HCL exactly as `terraform fmt` (v1.11) does, byte for byte.
///
/// The pipeline is Terraform's: the file must parse; then three rewrites
/// (block labels re-quoted, interpolation-only values unwrapped, legacy variable
/// types normalized); then hclwrite's whitespace passes over the token list.
/// Two deliberate differences, both where `terraform fmt` damages a valid file:
/// a block label containing `$` or `%`, which fmt deletes, is kept as written;
/// and an interpolation-only value holding a comment is left wrapped when
/// unwrapping it would produce a file that no longer parses.
public enum Formatter {
  /// The outcome of formatting a source.
  public enum Result: Sendable {
    /// The formatted bytes.
    case formatted([UInt8])
    /// The source has syntax errors; nothing was formatted.
    case invalid([Diagnostic])
  }

  /// Formats `source`, or reports why it cannot.
  public static func format(_ source: [UInt8]) -> Result {
    let tree = SyntaxTree(source, buildsExpressions: false)
    guard tree.isValid else { return .invalid(tree.diagnostics) }
    return .formatted(format(tree))
  }

  /// Formats UTF-8 text; nil when it does not parse.
  public static func format(_ text: String) -> String? {
    guard case .formatted(let bytes) = format(Array(text.utf8)) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Formats a tree that parsed without errors.
  public static func format(_ tree: SyntaxTree) -> [UInt8] {
    let output = format(tree, unwrapsComments: true)
    guard output.unwrappedComment, !SyntaxTree(output.bytes, buildsExpressions: false).isValid else {
      return output.bytes
    }
    return format(tree, unwrapsComments: false).bytes
  }

  private static func format(_ tree: SyntaxTree, unwrapsComments: Bool) -> (bytes: [UInt8], unwrappedComment: Bool) {
    var rewriter = TerraformRewrites(tree: tree, unwrapsComments: unwrapsComments)
    rewriter.rewrite(tree.body, topLevelBlockType: nil, depth: 0)
    let (tokens, buffer) = rewriter.result()
    let original = tree.tokens
    let lastEnd = original.count > 1 ? Int(original[original.count - 2].end) : 0
    let bytes = layout(tokens: tokens, buffer: buffer, trailingBlanks: tree.source.count - lastEnd)
    return (bytes, rewriter.unwrappedComment)
  }

  /// Whether `source` is valid and already formatted.
  public static func isFormatted(_ source: [UInt8]) -> Bool {
    guard case .formatted(let out) = format(source) else { return false }
    return out == source
  }

  /// Runs only the whitespace passes over `tokens`, whose offsets point into `buffer`.
  static func layout(tokens: [Token], buffer: [UInt8], trailingBlanks: Int) -> [UInt8] {
    buffer.withUnsafeBufferPointer { buf in
      var passes = LayoutPasses(tokens: tokens, buffer: buf)
      passes.trailingBlanks = trailingBlanks
      passes.run()
      var size = 0
      for (i, t) in tokens.enumerated() { size += Int(passes.spaces[i]) + t.length }
      return [UInt8](unsafeUninitializedCapacity: size) { out, count in
        guard let base = out.baseAddress, let src = buf.baseAddress else { return }
        var at = 0
        for (i, t) in tokens.enumerated() {
          let n = Int(passes.spaces[i])
          if n > 0 {
            (base + at).initialize(repeating: UInt8(ascii: " "), count: n)
            at += n
          }
          let length = t.length
          if length > 0 {
            (base + at).initialize(from: src + Int(t.start), count: length)
            at += length
          }
        }
        count = at
      }
    }
  }
}

/// Terraform's three rewrites, expressed as token-range replacements.
struct TerraformRewrites {
  private let tree: SyntaxTree
  private var replacements: [(range: Range<Int>, tokens: [Token])] = []
  private var extra: [UInt8] = []
  private let unwrapsComments: Bool
  /// Whether an unwrapped value held a comment (the one way unwrapping can break a file).
  private(set) var unwrappedComment = false

  init(tree: SyntaxTree, unwrapsComments: Bool = true) {
    self.tree = tree
    self.unwrapsComments = unwrapsComments
  }

  /// Collects the rewrites for `body` and everything below it, in source order.
  mutating func rewrite(_ body: Body, topLevelBlockType: String?, depth: Int) {
    for item in body.items {
      switch item {
      case .attribute(let a):
        let range = a.expression.tokens
        if depth == 1 && topLevelBlockType == "variable" && a.name == "type" {
          rewriteType(range)
        } else {
          unwrapInterpolation(range)
        }
      case .block(let b):
        rewriteLabels(b)
        rewrite(b.body, topLevelBlockType: depth == 0 ? b.type : topLevelBlockType, depth: depth + 1)
      }
    }
  }

  /// The rewritten token list and the buffer its offsets point into.
  func result() -> ([Token], [UInt8]) {
    if replacements.isEmpty { return (tree.tokens, tree.source) }
    var tokens: [Token] = []
    tokens.reserveCapacity(tree.tokens.count + 16)
    var next = 0
    for r in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      guard r.range.lowerBound >= next else { continue }
      tokens.append(contentsOf: tree.tokens[next..<r.range.lowerBound])
      tokens.append(contentsOf: r.tokens)
      next = r.range.upperBound
    }
    tokens.append(contentsOf: tree.tokens[next...])
    return (tokens, tree.source + extra)
  }

  private mutating func synthetic(_ kind: TokenKind, _ text: String) -> Token {
    let start = tree.source.count + extra.count
    extra.append(contentsOf: text.utf8)
    return Token(kind, start, start + text.utf8.count)
  }

  private func kind(_ i: Int) -> TokenKind { tree.tokens[i].kind }

  // MARK: - Labels

  /// Every label is re-emitted quoted and re-escaped; comments before and between
  /// labels go. Labels that cannot be decoded (a `$` or `%` inside) are kept as written.
  private mutating func rewriteLabels(_ block: BlockSyntax) {
    guard let last = block.labels.last else { return }
    let region = (block.typeToken + 1)..<last.tokens.upperBound
    var canonical = true
    var position = region.lowerBound
    var newTokens: [Token] = []
    for label in block.labels {
      if label.tokens.lowerBound != position { canonical = false }  // comments in between
      position = label.tokens.upperBound
      let isSimple =
        !label.isIdentifier
        && (label.tokens.count == 2
          || (label.tokens.count == 3 && kind(label.tokens.lowerBound + 1) == .quotedLit))
      if !label.isIdentifier && !isSimple {
        // terraform fmt would drop this label; keep its tokens instead.
        newTokens.append(contentsOf: tree.tokens[label.tokens])
        continue
      }
      if label.tokens.count == 3 && isSimple
        && StringLiteral.isPlainASCII(tree.bytes(of: label.tokens.lowerBound + 1))
      {
        newTokens.append(contentsOf: tree.tokens[label.tokens])
        continue
      }
      let value = label.value ?? ""
      let escaped = StringLiteral.escape(value)
      if isSimple {
        let existing = label.tokens.count == 3 ? tree.text(of: label.tokens.lowerBound + 1) : ""
        if existing == escaped {
          newTokens.append(contentsOf: tree.tokens[label.tokens])
          continue
        }
      }
      canonical = false
      newTokens.append(synthetic(.openQuote, "\""))
      if !escaped.isEmpty { newTokens.append(synthetic(.quotedLit, escaped)) }
      newTokens.append(synthetic(.closeQuote, "\""))
    }
    if !canonical { replacements.append((region, newTokens)) }
  }

  // MARK: - Interpolation-only values

  /// `"${ expr }"` as a whole attribute value becomes `expr`.
  private mutating func unwrapInterpolation(_ range: Range<Int>) {
    guard range.count >= 5, kind(range.lowerBound) == .openQuote,
      kind(range.lowerBound + 1) == .templateInterp,
      kind(range.upperBound - 2) == .templateSeqEnd, kind(range.upperBound - 1) == .closeQuote
    else { return }
    let inside = (range.lowerBound + 2)..<(range.upperBound - 2)
    var quotes = 0
    var hasComment = false
    for i in inside {
      switch kind(i) {
      case .openQuote: quotes += 1
      case .closeQuote: quotes -= 1
      case .templateInterp, .templateSeqEnd, .quotedLit:
        if quotes <= 0 { return }
      case .comment: hasComment = true
      default: break
      }
    }
    if hasComment {
      guard unwrapsComments else { return }
      unwrappedComment = true
    }
    var start = inside.lowerBound
    var end = inside.upperBound
    while start < end && kind(start) == .newline { start += 1 }
    while end > start && kind(end - 1) == .newline { end -= 1 }
    let trimmed = Array(tree.tokens[start..<end])
    var multiLine = false
    var leadingParen = false
    var trailingParen = false
    for (i, t) in trimmed.enumerated() {
      if i == 0 && t.kind == .openParen {
        leadingParen = true
      } else if t.kind == .newline {
        multiLine = true
      } else if i == trimmed.count - 1 && t.kind == .closeParen {
        trailingParen = true
      }
    }
    if multiLine && !(leadingParen && trailingParen) {
      let open = synthetic(.openParen, "(")
      let close = synthetic(.closeParen, ")")
      replacements.append((range, [open] + trimmed + [close]))
    } else {
      replacements.append((range, trimmed))
    }
  }

  // MARK: - Variable types

  /// `list`/`map`/`set` become `list(any)`...; `"string"`, `"list"`, `"map"` lose their quotes.
  private mutating func rewriteType(_ range: Range<Int>) {
    let text = tree.text(of: range.lowerBound)
    if range.count == 1 && kind(range.lowerBound) == .ident {
      guard text == "list" || text == "map" || text == "set" else { return }
      let replacement = [
        tree.tokens[range.lowerBound], synthetic(.openParen, "("), synthetic(.ident, "any"),
        synthetic(.closeParen, ")"),
      ]
      replacements.append((range, replacement))
    } else if range.count == 3 && kind(range.lowerBound) == .openQuote
      && kind(range.lowerBound + 1) == .quotedLit && kind(range.lowerBound + 2) == .closeQuote
    {
      switch tree.text(of: range.lowerBound + 1) {
      case "string":
        replacements.append((range, [synthetic(.ident, "string")]))
      case let collection where collection == "list" || collection == "map":
        replacements.append(
          (
            range,
            [
              synthetic(.ident, collection), synthetic(.openParen, "("), synthetic(.ident, "string"),
              synthetic(.closeParen, ")"),
            ]
          ))
      default: return
      }
    }
  }
}
