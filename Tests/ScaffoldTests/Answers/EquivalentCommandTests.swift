import Testing

@testable import Scaffold

/// The regenerate command read back from a README, as a re-run of `init` reads it.
@Suite struct EquivalentCommandTests {
  @Test func flagsComeBackAsWritten() throws {
    let words = ["it's", "a b", "plain", "", "x'y'z"]
    let line = "wbscaffold init --non-interactive --blueprint b " + words.map { "--name \(EquivalentCommand.quote($0))" }.joined(separator: " ")
    let readme = "# T\n\n## Regenerating\n\n```sh\n\(line) --no-redis --pubsub\n```\n"
    let flags = try #require(EquivalentCommand.flags(inReadme: Array(readme.utf8)))
    #expect(flags["name"] == words)
    #expect(flags["redis"] == ["false"])
    #expect(flags["pubsub"] == ["true"])
    #expect(flags["blueprint"] == ["b"])
    #expect(flags["non-interactive"] == ["true"])
  }

  @Test func windowsLineEndingsToo() throws {
    let readme = "# T\r\n\r\n```sh\r\nwbscaffold init --non-interactive --workload weave --no-redis\r\n```\r\n"
    let flags = try #require(EquivalentCommand.flags(inReadme: Array(readme.utf8)))
    #expect(flags["workload"] == ["weave"])
    #expect(flags["redis"] == ["false"])
  }

  @Test func aReadmeWithoutACommandGivesNothing() {
    #expect(EquivalentCommand.flags(inReadme: Array("# My notes\n\nwbscaffold check\n".utf8)) == nil)
  }
}
