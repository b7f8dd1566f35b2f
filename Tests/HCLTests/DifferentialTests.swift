import HCL
import Testing
import _TestSupport

/// Our formatter against the `terraform` binary on this machine, byte for byte,
/// over the corpus inputs re-spaced at random and over generated files.
@Suite(.enabled(if: TerraformCLI.shouldRun, Comment(rawValue: SlowTests.skipped)))
struct DifferentialTests {
  @Test func respacedCorpusMatchesTerraform() throws {
    var rng = SeededGenerator(seed: 0x5EED)
    var inputs: [[UInt8]] = []
    for source in GoldenCorpus.pairs("fmt").map(\.input) {
      inputs.append(Respacer.respace(source, using: &rng))
      inputs.append(Respacer.respace(source, using: &rng))
    }
    try compare(inputs)
  }

  @Test func generatedFilesMatchTerraform() throws {
    var inputs: [[UInt8]] = []
    for seed in 1...40 {
      var rng = SeededGenerator(seed: UInt64(seed))
      inputs.append(Array(RandomHCL.file(blocks: 12, using: &rng).utf8))
    }
    try compare(inputs)
  }

  /// Edge cases a differential fuzzing review found (both accept-or-reject and
  /// layout), kept so they stay fixed.
  static let reviewedEdges: [[UInt8]] = [
    "a = <<EOF\nx\n\u{00A0}EOF\n", "a = <<EOF\nx\nEOF\u{2003}\n", "a = <<EOF\nx\n\u{3000}EOF\u{85}\nb = 1\n",
    "a = x.1e3\n", "a = x.1E+2\n", "a = x.*.1e2\n", "a = x.0.0\n", "a = x.1.5\n", "a = x.*.0.0\n",
    "a = x.*.*\n", "a = x.*.a.*\n", "a = x[*].*.*\n", "a = x[*].*\n", "a = x.*[*]\n", "a = x.*.a[0].*\n",
    "a = 1e2147483646\n", "a = 1e2147483647\n", "a = 10e2147483646\n", "a = 0.1e2147483647\n",
    "a = 1e-2147483649\n", "a = 1e-2147483650\n", "a = 0.01e-2147483648\n", "a = 0e9999999999999999999\n",
    "\u{0915}\u{094D}\u{0937} = 1\nbbbbb = 2\n", "a = \"\u{0915}\u{094D}\u{0937}\" # c\nbbbbbbbb = 2 # d\n",
    "\u{0995}\u{09CD}\u{09B7}\u{09CD}\u{09AE} = 1\nbbbbbbb = 2\n", "a = " + String(repeating: "-", count: 150) + "1\n",
  ].map { Array($0.utf8) } + [
    Array("/* ".utf8) + [0xF0, 0x9F, 0x98] + Array(" */ a = 1\nbbbbbbbbbb = 2\n".utf8),
    Array("/* ".utf8) + [0xFF] + Array(" */ a = 1\nbbbbbbbbbb = 2\n".utf8),
    Array("a = 1e9223372036854775807\n".utf8), Array("a = 0.001e-9223372036854775807\n".utf8),
    Array("x = {\n\"\u{0D4E}\u{0D15}\" = 2\nbbbbbbbbbbbbb = 3\n}\n".utf8),
  ] + [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80, 0xCC, 0x81], [0xC1, 0x81, 0xCC, 0x81]].map {
    Array("a /*".utf8) + $0 + Array("*/ = 1\nbbbbbbbbbbbbb = 3\n".utf8)
  }

  @Test func reviewedEdgeCasesMatchTerraform() throws {
    try compare(Self.reviewedEdges)
  }

  private func compare(_ inputs: [[UInt8]]) throws {
    let expected = try TerraformCLI.format(inputs)
    var mismatches = 0
    for (input, reference) in zip(inputs, expected) {
      let ours = Formatter.format(input)
      switch (ours, reference) {
      case (.formatted(let out), let ref?):
        if out != ref {
          mismatches += 1
          Issue.record(
            "differs from terraform fmt:\n\(LineDiff.describe(expected: String(decoding: ref, as: UTF8.self), actual: String(decoding: out, as: UTF8.self)))\n--- input:\n\(String(decoding: input, as: UTF8.self))"
          )
        }
      case (.invalid(let d), _?):
        mismatches += 1
        Issue.record("we reject what terraform formats: \(d)\n--- input:\n\(String(decoding: input, as: UTF8.self))")
      case (.formatted, nil):
        mismatches += 1
        Issue.record("we format what terraform rejects:\n\(String(decoding: input, as: UTF8.self))")
      case (.invalid, nil):
        break
      }
      if mismatches > 5 { return }
    }
  }
}
