import HCL
import Testing

/// Properties over the corpus and generated files: lossless tokens, idempotence.
@Suite struct PropertyTests {
  static var sources: [[UInt8]] {
    var rng = SeededGenerator(seed: 7)
    var out = GoldenCorpus.validInputs()
    for _ in 0..<30 { out.append(Array(RandomHCL.file(blocks: 8, using: &rng).utf8)) }
    return out
  }

  @Test func tokensCoverEveryByteExceptBlanks() {
    for source in Self.sources {
      let tokens = Lexer.tokenize(source)
      var cursor = Lexer.hasByteOrderMark(source) ? 3 : 0
      var rebuilt = Array(source[0..<cursor])
      for t in tokens {
        let gap = source[cursor..<Int(t.start)]
        #expect(gap.allSatisfy { $0 == 0x20 || $0 == 0x09 }, "non-blank bytes between tokens")
        rebuilt += gap
        rebuilt += source[t.range]
        cursor = Int(t.end)
      }
      #expect(rebuilt == source)
      #expect(tokens.last?.kind == .eof)
    }
  }

  @Test func formattingIsIdempotent() {
    for source in Self.sources {
      guard case .formatted(let once) = Formatter.format(source) else {
        Issue.record("valid input rejected: \(Formatter.format(source))\n\(String(decoding: source, as: UTF8.self))")
        continue
      }
      guard case .formatted(let twice) = Formatter.format(once) else {
        Issue.record("formatted output does not parse")
        continue
      }
      // terraform fmt unwraps one level of "${...}" per run, so "${"${x}"}" needs
      // two runs; that is the only way a second run may change anything.
      if once != twice {
        #expect(Self.mayChangeAgain(once), "\(String(decoding: source, as: UTF8.self))")
      }
    }
  }

  /// Whether a second `terraform fmt` run may still change `formatted`: one more
  /// `"${...}"` level to unwrap, or a label re-escaped into a form fmt would drop.
  static func mayChangeAgain(_ formatted: [UInt8]) -> Bool {
    let tree = SyntaxTree(formatted)
    return hasInterpolationOnlyValue(tree.body)
  }

  static func hasInterpolationOnlyValue(_ body: Body) -> Bool {
    body.items.contains { item in
      switch item {
      case .attribute(let a):
        if case .template(let t) = a.expression.kind, !t.isHeredoc, t.parts.count == 1,
          case .interpolation = t.parts[0]
        {
          return true
        }
        return false
      case .block(let b):
        return hasInterpolationOnlyValue(b.body)
      }
    }
  }

  @Test func respacingNeverChangesTheResult() {
    var rng = SeededGenerator(seed: 99)
    for source in GoldenCorpus.pairs("fmt").map(\.input) {
      guard case .formatted(let expected) = Formatter.format(source) else { continue }
      let respaced = Respacer.respace(source, using: &rng)
      guard case .formatted(let out) = Formatter.format(respaced) else {
        Issue.record("respaced input rejected: \(String(decoding: respaced, as: UTF8.self))")
        continue
      }
      #expect(out == expected)
    }
  }
}
