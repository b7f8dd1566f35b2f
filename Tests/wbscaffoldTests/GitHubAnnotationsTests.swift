import HCL
import Scaffold
import Testing

@testable import wbscaffold

/// `check --format github`: workflow commands as the Actions runner parses them.
@Suite struct GitHubAnnotationsTests {
  @Test("an error with a position: file, line, col and title, the notes and the hint on escaped lines")
  func error() {
    let line = GitHubAnnotations.command(CheckReportFixture.error, CheckReportFixture.report)
    #expect(
      line
        == "::error file=infra/main.tf,line=4,col=3,title=unknown-module-argument::module \"x\": argument \"create_elasticache_subnet\" is not an input of wandb/wandb/aws 2.0.0"
        + "%0A- infra/variables.tf:2:1: declared here%0Ahint: did you mean \"create_elasticache\"?")
  }

  @Test("warning and note become ::warning and ::notice; no position, no line or col; no path, no file")
  func severities() {
    let report = CheckReportFixture.report
    #expect(
      GitHubAnnotations.command(CheckReportFixture.warning, report)
        == "::warning file=infra/variables.tf,title=unused-variable::variable \"spare\" is never used")
    #expect(GitHubAnnotations.command(CheckReportFixture.note, report).hasPrefix("::notice file=infra/.terraform/modules/modules.json,title=installed-release::"))
    let nowhere = Finding(.errorsLeft, .error, path: nil, position: nil, message: "m")
    #expect(GitHubAnnotations.command(nowhere, report) == "::error title=errors-left::m")
  }

  @Test("message escaping: % first, then CR and LF; : and , stay")
  func messageEscaping() {
    #expect(GitHubAnnotations.escapeData("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d")
    #expect(GitHubAnnotations.escapeData("%0A") == "%250A")
  }

  @Test("property escaping adds : and , so a value cannot end the property list or the command")
  func propertyEscaping() {
    #expect(GitHubAnnotations.escapeProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
    let odd = Finding(.syntaxError, .error, path: "a,b:c.tf", position: SourcePosition(line: 1, column: 1), message: "x::y")
    #expect(
      GitHubAnnotations.command(odd, CheckReport(directory: ".", files: [], findings: []))
        == "::error file=a%2Cb%3Ac.tf,line=1,col=1,title=syntax-error::x::y")
  }

  @Test("errors first, then warnings, then notes, each in the checker's order; the summary ends the output")
  func order() {
    let lines = GitHubAnnotations.lines(CheckReportFixture.report)
    #expect(lines.map { String($0.prefix(9)) } == ["::error f", "::warning", "::notice ", "1 error, "])
    #expect(lines.last == "1 error, 1 warning, 1 note in 3 files.")
  }

  @Test("past 10 errors or 10 warnings a line says GitHub drops the rest and points to SARIF")
  func cap() {
    func lines(errors: Int) -> [String] {
      let findings = (0..<errors).map {
        Finding(.syntaxError, .error, path: "main.tf", position: SourcePosition(line: $0 + 1, column: 1), message: "bad")
      }
      return GitHubAnnotations.lines(CheckReport(directory: ".", files: ["main.tf"], findings: findings))
    }
    #expect(!lines(errors: 10).contains { $0.contains("--format sarif") })
    let many = lines(errors: 11)
    #expect(many.count == 13 && many[11].hasPrefix("GitHub shows only 10 error and 10 warning annotations per step"))
  }
}
