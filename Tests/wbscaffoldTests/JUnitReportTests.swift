import Foundation
import HCL
import Scaffold
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import wbscaffold

/// `check --format junit`, read back with Foundation's XML parser.
@Suite struct JUnitReportTests {
  /// Every element of a document with its attributes and text, in document order.
  final class Reader: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String], text: String)] = []
    private var open: [Int] = []
    func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
      open.append(elements.count)
      elements.append((name, attributes, ""))
    }
    func parser(_ p: XMLParser, foundCharacters string: String) {
      if let i = open.last { elements[i].text += string }
    }
    func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { open.removeLast() }

    static func read(_ text: String) throws -> Reader {
      let reader = Reader()
      let parser = XMLParser(data: Data(text.utf8))
      parser.delegate = reader
      let parsed = parser.parse()
      #expect(parsed, "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "?")\n\(text)")
      return reader
    }
    func all(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
  }

  @Test("one suite, a testcase per checked file plus one per other path named, counts of tests and failed testcases")
  func structure() throws {
    let reader = try Reader.read(JUnitReport.text(CheckReportFixture.report))
    #expect(reader.elements.first?.name == "testsuites")
    let suites = reader.all("testsuite")
    #expect(suites.count == 1)
    #expect(suites.first?["name"] == "wbscaffold check")
    #expect(suites.first?["tests"] == "4" && suites.first?["failures"] == "1")
    #expect(reader.all("testsuites").first?["tests"] == "4")
    #expect(
      reader.all("testcase").compactMap { $0["classname"] }
        == ["infra/main.tf", "infra/variables.tf", "infra/terraform.tfvars", "infra/.terraform/modules/modules.json"])
  }

  @Test("an error is a failure with the message as attribute and the compiler lines as text; a warning goes to system-out")
  func failures() throws {
    let reader = try Reader.read(JUnitReport.text(CheckReportFixture.report))
    let failures = reader.elements.filter { $0.name == "failure" }
    #expect(failures.count == 1)
    #expect(failures.first?.attributes["message"] == CheckReportFixture.error.message)
    #expect(failures.first?.attributes["type"] == "unknown-module-argument")
    #expect(
      failures.first?.text
        == "infra/main.tf:4:3: error: \(CheckReportFixture.error.message)\n    infra/variables.tf:2:1: declared here\n    hint: did you mean \"create_elasticache\"?")
    let out = reader.elements.filter { $0.name == "system-out" }.map(\.text)
    #expect(out.contains("infra/variables.tf: warning: variable \"spare\" is never used"))
  }

  @Test("& < > \" ' and line breaks survive a round trip through the parser; characters XML cannot hold are dropped")
  func escaping() throws {
    let nasty = "a & b < c > d \"e\" 'f'\nsecond line \u{1}"
    let finding = Finding(.syntaxError, .error, path: "x&y.tf", position: nil, message: nasty)
    let text = JUnitReport.text(CheckReport(directory: ".", files: ["x&y.tf"], findings: [finding]))
    let reader = try Reader.read(text)
    #expect(reader.all("failure").first?["message"] == "a & b < c > d \"e\" 'f'\nsecond line ")
    #expect(reader.all("testcase").first?["classname"] == "x&y.tf")
    #expect(JUnitReport.escape("& < > \" '") == "&amp; &lt; &gt; &quot; &apos;")
    #expect(JUnitReport.escape("a\n\"b\" & 'c'", attribute: false) == "a\n\"b\" &amp; 'c'")
  }

  @Test("a clean run: every file a passing testcase, no failures")
  func clean() throws {
    let reader = try Reader.read(JUnitReport.text(CheckReport(directory: ".", files: ["main.tf"], findings: [])))
    #expect(reader.all("testsuite").first?["failures"] == "0")
    #expect(reader.all("testcase").count == 1 && reader.all("failure").isEmpty)
  }
}
