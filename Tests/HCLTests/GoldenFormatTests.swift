import HCL
import Testing
import _TestSupport

/// The formatter against outputs recorded from `terraform fmt` (Golden/fmt), and
/// the cases where we deliberately keep labels fmt would drop (Golden/fmt-label-keep).
@Suite struct GoldenFormatTests {
  @Test(arguments: GoldenCorpus.pairs("fmt") + GoldenCorpus.pairs("fmt-label-keep") + GoldenCorpus.pairs("fmt-safe"))
  func formatsLikeTerraform(_ golden: GoldenCorpus.Case) throws {
    guard case .formatted(let out) = Formatter.format(golden.input) else {
      Issue.record("rejected a file terraform formats: \(Formatter.format(golden.input))")
      return
    }
    #expect(
      out == golden.expected,
      "\(LineDiff.describe(expected: String(decoding: golden.expected, as: UTF8.self), actual: String(decoding: out, as: UTF8.self)))"
    )
  }

  @Test func corpusIsPresent() {
    #expect(GoldenCorpus.pairs("fmt").count >= 100)
    #expect(GoldenCorpus.invalid().count >= 30)
  }

  @Test(arguments: GoldenCorpus.invalid())
  func rejectsWhatTerraformRejects(_ golden: GoldenCorpus.Case) throws {
    guard case .invalid(let diagnostics) = Formatter.format(golden.input) else {
      Issue.record("formatted a file terraform rejects")
      return
    }
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.severity == .error)
    // Terraform's line for the first error (when it gave one) is ours too.
    let expected = String(decoding: golden.expected, as: UTF8.self)
    if let lineText = expected.split(separator: ":").first, let line = Int(lineText) {
      #expect(diagnostic.position?.line == line, "terraform: \(expected), ours: \(diagnostic)")
    }
  }
}
