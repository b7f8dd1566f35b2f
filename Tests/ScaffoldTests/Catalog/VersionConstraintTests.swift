import Testing

@testable import Scaffold

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("VersionConstraint")
struct VersionConstraintTests {
  struct MatchCase: Sendable, CustomTestStringConvertible {
    let constraint: String
    let version: String
    let matches: Bool
    var dialect: VersionConstraint.Dialect = .module
    var testDescription: String { "\"\(constraint)\" \(matches ? "admits" : "rejects") \(version)" }
  }

  static let operators: [MatchCase] = [
    MatchCase(constraint: "= 2.8.0", version: "2.8.0", matches: true),
    MatchCase(constraint: "= 2.8.0", version: "2.8.1", matches: false),
    MatchCase(constraint: "2.8.0", version: "2.8.0", matches: true),
    MatchCase(constraint: "2.8", version: "2.8.0", matches: true),
    MatchCase(constraint: "2.8.0", version: "2.7.0", matches: false),
    MatchCase(constraint: "!= 2.5.0", version: "2.5.0", matches: false),
    MatchCase(constraint: "!= 2.5.0", version: "2.5.1", matches: true),
    MatchCase(constraint: "> 2.5.0", version: "2.5.0", matches: false),
    MatchCase(constraint: "> 2.5.0", version: "2.5.1", matches: true),
    MatchCase(constraint: ">= 2.5.0", version: "2.5.0", matches: true),
    MatchCase(constraint: ">= 2.5.0", version: "2.4.9", matches: false),
    MatchCase(constraint: "< 3.0.0", version: "2.99.0", matches: true),
    MatchCase(constraint: "< 3.0.0", version: "3.0.0", matches: false),
    MatchCase(constraint: "<= 3.0.0", version: "3.0.0", matches: true),
    MatchCase(constraint: "<= 3.0.0", version: "3.0.1", matches: false),
    MatchCase(constraint: "= 1.0.0+abc", version: "1.0.0", matches: true),
  ]

  @Test("every operator", arguments: operators)
  func everyOperator(_ c: MatchCase) throws {
    try check(c)
  }

  static let pessimistic: [MatchCase] = [
    MatchCase(constraint: "~> 1.2", version: "1.2.0", matches: true),
    MatchCase(constraint: "~> 1.2", version: "1.9.9", matches: true),
    MatchCase(constraint: "~> 1.2", version: "1.1.9", matches: false),
    MatchCase(constraint: "~> 1.2", version: "2.0.0", matches: false),
    MatchCase(constraint: "~> 1.2.0", version: "1.2.9", matches: true),
    MatchCase(constraint: "~> 1.2.0", version: "1.3.0", matches: false),
    MatchCase(constraint: "~> 1.2.3", version: "1.2.2", matches: false),
    MatchCase(constraint: "~> 1.2.3", version: "1.2.30", matches: true),
    MatchCase(constraint: "~> 0.13", version: "0.14.0", matches: true),
    MatchCase(constraint: "~> 0.13", version: "1.0.0", matches: false),
    MatchCase(constraint: "~> 1.9", version: "1.14.5", matches: true),
    MatchCase(constraint: "~> 1.9", version: "2.0.0", matches: false),
    // `~> 1`: go-version (modules, required_version) pins nothing, go-versions
    // (providers) caps the major.
    MatchCase(constraint: "~> 1", version: "1.0.0", matches: true),
    MatchCase(constraint: "~> 1", version: "0.9.0", matches: false),
    MatchCase(constraint: "~> 1", version: "5.0.0", matches: true),
    MatchCase(constraint: "~> 1", version: "1.99.0", matches: true, dialect: .provider),
    MatchCase(constraint: "~> 1", version: "2.0.0", matches: false, dialect: .provider),
    MatchCase(constraint: "~> 5.95", version: "5.100.0", matches: true, dialect: .provider),
    MatchCase(constraint: "~> 5.95", version: "6.0.0", matches: false, dialect: .provider),
  ]

  @Test("~> variants", arguments: pessimistic)
  func pessimisticVariants(_ c: MatchCase) throws {
    try check(c)
  }

  static let combinations: [MatchCase] = [
    MatchCase(constraint: ">= 1.9, < 2.0", version: "1.9.0", matches: true),
    MatchCase(constraint: ">= 1.9, < 2.0", version: "1.14.5", matches: true),
    MatchCase(constraint: ">= 1.9, < 2.0", version: "2.0.0", matches: false),
    MatchCase(constraint: ">= 1.9, < 2.0", version: "1.8.5", matches: false),
    MatchCase(constraint: ">= 2.0, != 2.5.0, < 3.0", version: "2.5.0", matches: false),
    MatchCase(constraint: ">= 2.0, != 2.5.0, < 3.0", version: "2.5.1", matches: true),
    MatchCase(constraint: "~> 2.0, != 2.8.0", version: "2.8.0", matches: false),
    MatchCase(constraint: "2.8.0, >= 2.0", version: "2.8.0", matches: true),
    MatchCase(constraint: ">= 3.0, < 2.0", version: "2.5.0", matches: false),
  ]

  @Test("comma-separated clauses must all hold", arguments: combinations)
  func combined(_ c: MatchCase) throws {
    try check(c)
  }

  static let prereleases: [MatchCase] = [
    MatchCase(constraint: "= 7.9.0-cw0", version: "7.9.0-cw0", matches: true),
    MatchCase(constraint: "7.9.0-cw0", version: "7.9.0-cw0", matches: true),
    MatchCase(constraint: "7.9.0-cw0", version: "7.9.0", matches: false),
    MatchCase(constraint: "= 7.9.0-cw0, < 8.0", version: "7.9.0-cw0", matches: true),
    MatchCase(constraint: ">= 7.0.0", version: "7.9.0-cw0", matches: false),
    MatchCase(constraint: "~> 7.9", version: "7.9.3-pre1", matches: false),
    MatchCase(constraint: ">= 7.9.3-pre1", version: "7.9.3-pre1", matches: false),
    MatchCase(constraint: "!= 1.0.0", version: "1.0.1-beta", matches: false),
    MatchCase(constraint: "< 2.0.0", version: "2.0.0-rc1", matches: false),
    MatchCase(constraint: ">= 2.1.0-a", version: "2.1.1", matches: true),
    MatchCase(constraint: "~> 2.1.0-a", version: "2.1.0", matches: false),
    MatchCase(constraint: "~> 2.1.0-a", version: "2.1.0", matches: true, dialect: .provider),
  ]

  @Test("a prerelease only matches an exact = clause", arguments: prereleases)
  func prereleaseRule(_ c: MatchCase) throws {
    try check(c)
  }

  @Test("resolve picks the highest release and skips unrequested prereleases")
  func resolve() throws {
    let releases = try ["7.8.0", "7.9.0-cw0", "7.9.1-cw0", "7.9.2", "7.9.3-pre1", "6.0.0"]
      .map { try SemanticVersion(parsing: $0) }
    #expect(try VersionConstraint("~> 7.9").resolve(in: releases) == SemanticVersion(7, 9, 2))
    #expect(try VersionConstraint(">= 6.0").resolve(in: releases) == SemanticVersion(7, 9, 2))
    #expect(
      try VersionConstraint("= 7.9.3-pre1").resolve(in: releases)
        == SemanticVersion(parsing: "7.9.3-pre1"))
    #expect(try VersionConstraint(">= 7.9.3-pre1").resolve(in: releases) == nil)
    #expect(try VersionConstraint("< 7.0").resolve(in: releases) == SemanticVersion(6))
    #expect(try VersionConstraint("~> 9.0").resolve(in: releases) == nil)
    #expect(try VersionConstraint("~> 1.0").resolve(in: []) == nil)
  }

  @Test("whitespace is tolerated and the description is canonical")
  func whitespaceAndDescription() throws {
    let cases: [(String, String)] = [
      ("~>2.0", "~> 2.0"),
      ("~> 2.0", "~> 2.0"),
      ("  >=1.9 ,<2.0  ", ">= 1.9, < 2.0"),
      (">= 1.9, < 2.0", ">= 1.9, < 2.0"),
      ("= 2.8.0", "2.8.0"),
      ("=2.8.0", "2.8.0"),
      ("v2.8.0", "2.8.0"),
      ("~> 1.2", "~> 1.2"),
      ("~> 1", "~> 1"),
      ("!=2.5.0", "!= 2.5.0"),
      ("<=3", "<= 3"),
      ("~> 1.0.0-beta", "~> 1.0.0-beta"),
      ("> 1.0.0+meta", "> 1.0.0+meta"),
    ]
    for (text, canonical) in cases {
      let constraint = try VersionConstraint(text)
      #expect(constraint.description == canonical, "\(text)")
      #expect(try VersionConstraint(constraint.description) == constraint, "\(text) round-trip")
    }
    #expect(try VersionConstraint("~>2.0") == VersionConstraint("~> 2.0"))
  }

  @Test("clauses expose operator, version and written precision")
  func clauses() throws {
    let constraint = try VersionConstraint(">= 1.9, < 2.0, ~> 1.2.3")
    #expect(constraint.clauses.map(\.operator) == [.greaterThanOrEqual, .lessThan, .pessimistic])
    #expect(constraint.clauses.map(\.components) == [2, 2, 3])
    #expect(
      constraint.clauses[2].pessimisticUpperBound(dialect: .module) == SemanticVersion(1, 3, 0))
    #expect(
      try VersionConstraint("~> 1.2").clauses[0].pessimisticUpperBound(dialect: .module)
        == SemanticVersion(2))
    #expect(try VersionConstraint("~> 1").clauses[0].pessimisticUpperBound(dialect: .module) == nil)
    #expect(
      try VersionConstraint("~> 1").clauses[0].pessimisticUpperBound(dialect: .provider)
        == SemanticVersion(2))
    #expect(
      Set(VersionConstraint.Operator.allCases.map(\.rawValue)) == [
        "=", "!=", ">", ">=", "<", "<=", "~>",
      ])
  }

  @Test("exactVersion only for a single = clause")
  func exactVersion() throws {
    #expect(try VersionConstraint("2.8.0").exactVersion == SemanticVersion(2, 8, 0))
    #expect(try VersionConstraint("= 1.14.1").exactVersion == SemanticVersion(1, 14, 1))
    #expect(try VersionConstraint("~> 2.8.0").exactVersion == nil)
    #expect(try VersionConstraint("2.8.0, != 2.8.0").exactVersion == nil)
    #expect(VersionConstraint.exactly(SemanticVersion(8)).description == "8.0.0")
  }

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let constraint: String
    let clause: String?
    let reason: String
    var dialect: VersionConstraint.Dialect = .module
    var testDescription: String { "\"\(constraint)\"" }
  }

  static let errors: [ErrorCase] = [
    ErrorCase(constraint: "", clause: nil, reason: "it is empty"),
    ErrorCase(constraint: "   ", clause: nil, reason: "it is empty"),
    ErrorCase(constraint: ">= 1.0,", clause: nil, reason: "clause 2 is empty (a stray comma?)"),
    ErrorCase(constraint: ", >= 1.0", clause: nil, reason: "clause 1 is empty (a stray comma?)"),
    ErrorCase(
      constraint: ">= 1.0, < 1.x", clause: "< 1.x",
      reason: #""1.x" is not a version number: component "x" is not a number"#),
    ErrorCase(constraint: ">=", clause: ">=", reason: #"missing version after ">=""#),
    ErrorCase(
      constraint: "=> 1.0", clause: "=> 1.0", reason: #"unknown operator "=>"; did you mean ">="?"#),
    ErrorCase(
      constraint: "=< 1.0", clause: "=< 1.0", reason: #"unknown operator "=<"; did you mean "<="?"#),
    ErrorCase(
      constraint: "== 1.0", clause: "== 1.0", reason: #"unknown operator "=="; did you mean "="?"#),
    ErrorCase(
      constraint: "^1.2", clause: "^1.2", reason: #"unknown operator "^"; did you mean "~>"?"#),
    ErrorCase(
      constraint: "~1.2", clause: "~1.2", reason: #"unknown operator "~"; did you mean "~>"?"#),
    ErrorCase(constraint: "<> 1.2", clause: "<> 1.2", reason: #"unknown operator "<>""#),
    ErrorCase(
      constraint: ">= 1.0 < 2.0", clause: ">= 1.0 < 2.0",
      reason: #"missing comma before "< 2.0"; clauses are separated by commas"#),
    ErrorCase(
      constraint: "1.0 latest", clause: "1.0 latest",
      reason: #"unexpected text "latest" after the version"#),
    ErrorCase(
      constraint: "~> 1.2.3.4", clause: "~> 1.2.3.4",
      reason: #""1.2.3.4" is not a version number: too many components (at most major.minor.patch)"#
    ),
    ErrorCase(
      constraint: "latest", clause: "latest",
      reason: #""latest" is not a version number: component "latest" is not a number"#),
    ErrorCase(
      constraint: "~> v1.0", clause: "~> v1.0",
      reason: #""v1.0" is not a version number: a "v" prefix is not allowed here"#,
      dialect: .provider),
  ]

  @Test("parse errors name the offending clause", arguments: errors)
  func parseErrors(_ c: ErrorCase) {
    #expect(
      throws: VersionConstraintError(constraint: c.constraint, clause: c.clause, reason: c.reason)
    ) {
      try VersionConstraint(c.constraint, dialect: c.dialect)
    }
  }

  @Test("error description quotes the constraint and the clause")
  func errorDescription() {
    do {
      _ = try VersionConstraint(">= 1.0, >= 1.x")
      Issue.record("expected a parse error")
    } catch {
      #expect(
        error.description
          == #"invalid version constraint ">= 1.0, >= 1.x": in clause ">= 1.x": "1.x" is not a version number: component "x" is not a number"#
      )
    }
    do {
      _ = try VersionConstraint("=> 1.0")
      Issue.record("expected a parse error")
    } catch {
      #expect(
        error.description
          == #"invalid version constraint "=> 1.0": unknown operator "=>"; did you mean ">="?"#)
    }
  }

  @Test("round-trips through JSON as a string")
  func codable() throws {
    let constraint = try VersionConstraint(">=1.9,<2.0")
    let data = try JSONEncoder().encode([constraint])
    #expect(String(decoding: data, as: UTF8.self) == #"[">= 1.9, < 2.0"]"#)
    #expect(try JSONDecoder().decode([VersionConstraint].self, from: data) == [constraint])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([VersionConstraint].self, from: Data(#"["=> 1"]"#.utf8))
    }
  }

  private func check(_ c: MatchCase) throws {
    let constraint = try VersionConstraint(c.constraint, dialect: c.dialect)
    let version = try SemanticVersion(parsing: c.version)
    #expect(constraint.satisfiedBy(version) == c.matches)
  }
}

@Suite("Constraint overlap") struct VersionConstraintOverlapTests {
  @Test(arguments: [
    ("~> 4.0", "~> 4.0", true), ("~> 5.0", "~> 4.0", false), ("~> 5.95", ">= 5.0", true), ("~> 4.0", "~> 5.95", false),
    (">= 3.0", "< 3.0.0", false), (">= 2.10, < 3.0.0", "< 3.0.0", true), ("~> 3.0", "~> 2.23", false),
    ("< 1.5", "~> 1.9", false), (">= 1.1, < 2.0", "~> 1.0", true), ("= 2.23.0", "~> 2.23", true),
    ("!= 2.23.0", "= 2.23.0", false), ("!= 2.23.0", "~> 2.23.0", true), ("> 1.9.8", "<= 1.9.8", false),
    ("> 1.9.8", "<= 1.9.9", true), ("~> 1.2.3", ">= 1.3.0", false), ("~> 1.2", ">= 1.9.1", true),
  ])
  func overlap(_ c: (String, String, Bool)) throws {
    let a = try VersionConstraint(c.0, dialect: .provider)
    let b = try VersionConstraint(c.1, dialect: .provider)
    #expect(a.overlaps(b) == c.2)
    #expect(b.overlaps(a) == c.2, "overlap is symmetric")
  }
}
