import HCL
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Mutated inputs (byte flips, insertions, deletions, truncation, splices of
/// tricky fragments) never crash or hang the lexer, parser or formatter.
@Suite struct FuzzTests {
  static let fragments: [[UInt8]] = [
    "\"", "${", "%{", "}", "{", "[", "(", "<<EOT\n", "\nEOT\n", "/*", "*/", "#", "\r", "\r\n",
    "\\", "~}", "$${", "\u{FEFF}", "é", "\u{00A0}", "=", "==", ".", "...", "::", "\t",
  ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0x00]]

  @Test func mutatedInputsNeverCrash() {
    var rng = SeededGenerator(seed: 0xF022)
    let seeds = GoldenCorpus.validInputs().filter { $0.count < 4000 }
    #expect(!seeds.isEmpty)
    let deadline = now() + 2.0
    var runs = 0
    while now() < deadline {
      guard var input = seeds.randomElement(using: &rng) else { return }
      for _ in 0..<Int.random(in: 1...4, using: &rng) { mutate(&input, &rng) }
      let tree = SyntaxTree(input)
      if tree.isValid {
        // A valid mutant must format, and formatting must be stable.
        guard case .formatted(let once) = Formatter.format(input) else {
          Issue.record("parsed but not formatted")
          continue
        }
        if case .formatted(let twice) = Formatter.format(once) {
          #expect(once == twice || PropertyTests.mayChangeAgain(once), "not idempotent: \(String(decoding: input, as: UTF8.self))")
        } else {
          Issue.record("formatter output does not parse: \(String(decoding: input, as: UTF8.self))")
        }
      } else {
        #expect(tree.diagnostics.first?.position != nil)
      }
      runs += 1
    }
    #expect(runs > 100)
  }

  @Test(arguments: [
    String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
    String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
    String(repeating: "-", count: 200_000) + "1",
    String(repeating: "!", count: 200_000) + "true",
    String(repeating: "f(", count: 5000) + String(repeating: ")", count: 5000),
    String(repeating: "\"${", count: 5000) + "1" + String(repeating: "}\"", count: 5000),
    String(repeating: "{a=", count: 5000) + "1" + String(repeating: "}", count: 5000),
  ])
  func deepNestingIsRejectedNotOverflowed(_ value: String) {
    let tree = SyntaxTree(Array(("a = " + value + "\n").utf8))
    #expect(!tree.isValid)
    #expect(tree.diagnostics.first?.message.contains("Nesting too deep") == true)
  }

  @Test func deepBlocksAreRejectedNotOverflowed() {
    let tree = SyntaxTree(Array((String(repeating: "b {\n", count: 5000) + String(repeating: "}\n", count: 5000)).utf8))
    #expect(tree.diagnostics.first?.message.contains("Nesting too deep") == true)
  }

  private func mutate(_ input: inout [UInt8], _ rng: inout SeededGenerator) {
    guard !input.isEmpty else {
      input = Self.fragments.randomElement(using: &rng) ?? []
      return
    }
    let at = Int.random(in: 0..<input.count, using: &rng)
    switch Int.random(in: 0..<5, using: &rng) {
    case 0: input[at] = UInt8.random(in: 0...255, using: &rng)
    case 1: input.insert(contentsOf: Self.fragments.randomElement(using: &rng) ?? [], at: at)
    case 2: input.removeSubrange(at..<min(input.count, at + Int.random(in: 1...8, using: &rng)))
    case 3: input.removeSubrange(at...)
    default:
      let other = Int.random(in: 0..<input.count, using: &rng)
      input.insert(input[other], at: at)
    }
  }

  private func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
