import HCL
import Testing
import _TestSupport

/// Our formatter against the `terraform` binary on this machine, byte for byte,
/// over the corpus inputs re-spaced at random and over generated files.
@Suite(.enabled(if: TerraformCLI.shouldRun, "terraform is not on PATH; set CI=true to require it"))
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
