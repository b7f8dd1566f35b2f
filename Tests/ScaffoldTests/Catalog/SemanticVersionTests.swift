import Testing

@testable import Scaffold

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("SemanticVersion")
struct SemanticVersionTests {
  struct ValidCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: SemanticVersion
    let components: Int
    var testDescription: String { text }
  }

  static let valid: [ValidCase] = [
    ValidCase(text: "1.2.3", expected: SemanticVersion(1, 2, 3), components: 3),
    ValidCase(text: "1.2", expected: SemanticVersion(1, 2, 0), components: 2),
    ValidCase(text: "1", expected: SemanticVersion(1, 0, 0), components: 1),
    ValidCase(text: "v2.8.0", expected: SemanticVersion(2, 8, 0), components: 3),
    ValidCase(text: "v1", expected: SemanticVersion(1), components: 1),
    ValidCase(
      text: "7.9.0-cw0", expected: SemanticVersion(7, 9, 0, prerelease: ["cw0"]), components: 3),
    ValidCase(
      text: "1.0.0-rc.1+build.5",
      expected: SemanticVersion(1, 0, 0, prerelease: ["rc", "1"], buildMetadata: ["build", "5"]),
      components: 3),
    ValidCase(
      text: "1.2-beta1", expected: SemanticVersion(1, 2, 0, prerelease: ["beta1"]), components: 2),
    ValidCase(text: "0.0.0+exp-sha.5114f85", expected: SemanticVersion(0), components: 3),
  ]

  @Test("parses valid versions", arguments: valid)
  func parsesValid(_ c: ValidCase) throws {
    let version = try SemanticVersion(parsing: c.text)
    #expect(version == c.expected)
    #expect(version.prerelease == c.expected.prerelease)
    #expect(try SemanticVersion.parse(c.text, allowPrefix: true).components == c.components)
  }

  @Test("keeps build metadata for display only")
  func buildMetadata() throws {
    let version = try SemanticVersion(parsing: "1.0.0-rc.1+build.5")
    #expect(version.buildMetadata == ["build", "5"])
    #expect(version.description == "1.0.0-rc.1+build.5")
    let a = try SemanticVersion(parsing: "1.0.0+a")
    let b = try SemanticVersion(parsing: "1.0.0+b")
    #expect(a == b)
    #expect(!(a < b) && !(b < a))
    #expect(Set([a, b]).count == 1)
  }

  @Test("renders the canonical three-component form without v")
  func description() throws {
    #expect(try SemanticVersion(parsing: "v1.2").description == "1.2.0")
    #expect(try SemanticVersion(parsing: "3").description == "3.0.0")
    #expect(SemanticVersion(7, 18, 2).description == "7.18.2")
    #expect(SemanticVersion("not a version") == nil)
    #expect(SemanticVersion("8.0.0") == SemanticVersion(8, 0, 0))
  }

  struct InvalidCase: Sendable, CustomTestStringConvertible {
    let text: String
    let reason: String
    var testDescription: String { "\"\(text)\"" }
  }

  static let invalid: [InvalidCase] = [
    InvalidCase(text: "", reason: "it is empty"),
    InvalidCase(text: "v", reason: "a numeric component is empty"),
    InvalidCase(text: "1.", reason: "a numeric component is empty"),
    InvalidCase(text: "1..2", reason: "a numeric component is empty"),
    InvalidCase(text: "1.2.3.4", reason: "too many components (at most major.minor.patch)"),
    InvalidCase(text: "1.x", reason: "component \"x\" is not a number"),
    InvalidCase(text: " 1.0.0", reason: "component \" 1\" is not a number"),
    InvalidCase(text: "1.0.0-", reason: "the prerelease has an empty identifier"),
    InvalidCase(text: "1.0.0-a..b", reason: "the prerelease has an empty identifier"),
    InvalidCase(text: "1.0.0+", reason: "the build metadata has an empty identifier"),
    InvalidCase(
      text: "1.0.0-be$ta",
      reason: "the prerelease identifier \"be$ta\" may only use letters, digits and \"-\""),
    InvalidCase(
      text: "99999999999999999999", reason: "component \"99999999999999999999\" is too large"),
  ]

  @Test("rejects malformed versions with a reason", arguments: invalid)
  func rejectsInvalid(_ c: InvalidCase) {
    #expect(throws: SemanticVersion.ParseError(text: c.text, reason: c.reason)) {
      try SemanticVersion(parsing: c.text)
    }
  }

  @Test("error message names the text and the reason")
  func errorMessage() {
    let error = SemanticVersion.ParseError(text: "1.x", reason: "component \"x\" is not a number")
    #expect(error.description == "\"1.x\" is not a version number: component \"x\" is not a number")
  }

  @Test("orders per SemVer 2.0.0 §11")
  func semverOrdering() throws {
    let ordered = try [
      "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
      "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.9.0", "1.10.0", "1.11.0", "2.0.0",
    ].map { try SemanticVersion(parsing: $0) }
    for (lower, higher) in zip(ordered, ordered.dropFirst()) {
      #expect(lower < higher, "\(lower) < \(higher)")
      #expect(!(higher < lower), "!(\(higher) < \(lower))")
    }
    #expect(ordered.shuffled().sorted() == ordered)
  }

  @Test("numeric prerelease identifiers compare by value and sort below alphanumeric")
  func prereleaseIdentifiers() throws {
    #expect(try SemanticVersion(parsing: "1.0.0-2") < SemanticVersion(parsing: "1.0.0-10"))
    #expect(try SemanticVersion(parsing: "1.0.0-10") < SemanticVersion(parsing: "1.0.0-a"))
    #expect(try SemanticVersion(parsing: "1.0.0-010") == SemanticVersion(parsing: "1.0.0-010"))
    #expect(try SemanticVersion(parsing: "7.9.0-cw0") < SemanticVersion(parsing: "7.9.0"))
    #expect(try SemanticVersion(parsing: "7.9.3-pre1") > SemanticVersion(parsing: "7.9.2"))
  }

  @Test("isPrerelease and release")
  func prereleaseAccessors() throws {
    let version = try SemanticVersion(parsing: "7.9.1-cw0+x")
    #expect(version.isPrerelease)
    #expect(version.release == SemanticVersion(7, 9, 1))
    #expect(!version.release.isPrerelease)
  }

  @Test("round-trips through JSON as a string")
  func codable() throws {
    let versions = [SemanticVersion(2, 8, 0), try SemanticVersion(parsing: "1.0.0-rc.1")]
    let data = try JSONEncoder().encode(versions)
    #expect(String(decoding: data, as: UTF8.self) == #"["2.8.0","1.0.0-rc.1"]"#)
    #expect(try JSONDecoder().decode([SemanticVersion].self, from: data) == versions)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([SemanticVersion].self, from: Data(#"["1.x"]"#.utf8))
    }
  }
}
