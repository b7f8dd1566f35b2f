import HCL
import Testing

/// The whole-item edits: removing with comments kept, inserting aligned, traversals.
@Suite struct SourceEditsTests {
  private func apply(_ edit: ByteEdit?, to text: String) throws -> String {
    let edit = try #require(edit)
    return String(decoding: try SourceEdits.apply([edit], to: Array(text.utf8)), as: UTF8.self)
  }

  private func block(_ tree: SyntaxTree, _ index: Int = 0) throws -> BlockSyntax {
    try #require(tree.body.blocks.dropFirst(index).first)
  }

  @Test("removing an argument keeps its trailing and inner comments as comment lines")
  func removeKeepsComments() throws {
    let text = """
      module "m" {
        source = "x"
        # about b
        b = [ # first
          1,
          2, // second
        ] # end
        c = 3
      }

      """
    let tree = SyntaxTree(text)
    let b = try #require(try block(tree).body.attribute(named: "b"))
    #expect(
      try apply(SourceEdits.removing(.attribute(b), in: tree), to: text) == """
        module "m" {
          source = "x"
          # about b
          # first
          // second
          # end
          c = 3
        }

        """)
  }

  @Test("removing an argument of an aligned group realigns the rest in a formatted file")
  func removeRealigns() throws {
    let text = "m {\n  a         = 1\n  long_name = 2\n}\n"
    #expect(SourceEdits.isFormatClean(Array(text.utf8)))
    let tree = SyntaxTree(text)
    let long = try #require(try block(tree).body.attribute(named: "long_name"))
    #expect(try apply(SourceEdits.removing(.attribute(long), in: tree), to: text) == "m {\n  a = 1\n}\n")
  }

  @Test("removing a block between blank lines leaves one blank line, CRLF kept")
  func removeBlock() throws {
    let text = "a = 1\r\n\r\nx \"y\" {\r\n  b = 2\r\n}\r\n\r\nc = 3\r\n"
    let tree = SyntaxTree(text)
    #expect(try apply(SourceEdits.removing(.block(try block(tree)), in: tree), to: text) == "a = 1\r\n\r\nc = 3\r\n")
    let last = "a = 1\n\nx {\n}\n"
    let lastTree = SyntaxTree(last)
    #expect(try apply(SourceEdits.removing(.block(try block(lastTree)), in: lastTree), to: last) == "a = 1\n")
    let first = "m {\n\n  a = 1\n\n  b = 2\n}\n"
    let firstTree = SyntaxTree(first)
    let a = try #require(try block(firstTree).body.attribute(named: "a"))
    #expect(try apply(SourceEdits.removing(.attribute(a), in: firstTree), to: first) == "m {\n\n  b = 2\n}\n")
  }

  @Test("a comment kept from a CRLF file ends in one line break")
  func removeKeepsCRLFComment() throws {
    let text = "m {\r\n  a = 1 # why\r\n  b = 2\r\n}\r\n"
    let tree = SyntaxTree(text)
    let a = try #require(try block(tree).body.attribute(named: "a"))
    #expect(try apply(SourceEdits.removing(.attribute(a), in: tree), to: text) == "m {\r\n  # why\r\n  b = 2\r\n}\r\n")
  }

  @Test("a one-line block's argument cannot be removed alone")
  func removeRefusesSharedLine() throws {
    let tree = SyntaxTree("m { a = 1 }\n")
    let a = try #require(try block(tree).body.attribute(named: "a"))
    #expect(SourceEdits.removing(.attribute(a), in: tree) == nil)
  }

  @Test("inserting an argument follows the anchor's indentation and alignment")
  func insertAligned() throws {
    let text = "module \"m\" {\n\tsource  = \"x\"\n\tversion = \"1\"\n\n\tz = 1\n}\n"
    let tree = SyntaxTree(text)
    #expect(
      try apply(SourceEdits.insertingAttribute("n", value: "true", into: try block(tree), in: tree), to: text)
        == "module \"m\" {\n\tsource  = \"x\"\n\tversion = \"1\"\n\tn       = true\n\n\tz = 1\n}\n")
    // A formatted file is re-aligned as terraform fmt would.
    let clean = "m {\n  a = 1\n}\n"
    let cleanTree = SyntaxTree(clean)
    #expect(
      try apply(SourceEdits.insertingAttribute("longer", value: "{\n  k = 1\n}", into: try block(cleanTree), in: cleanTree), to: clean)
        == "m {\n  a = 1\n  longer = {\n    k = 1\n  }\n}\n")
    let flat = "m {\n  a = 1\n}\n"
    let flatTree = SyntaxTree(flat)
    #expect(
      try apply(SourceEdits.insertingAttribute("bb", value: "2", into: try block(flatTree), in: flatTree), to: flat)
        == "m {\n  a  = 1\n  bb = 2\n}\n")
    let empty = "m {\n}\n"
    let emptyTree = SyntaxTree(empty)
    #expect(try apply(SourceEdits.insertingAttribute("a", value: "1", into: try block(emptyTree), in: emptyTree), to: empty) == "m {\n  a = 1\n}\n")
    let oneLine = SyntaxTree("m {}\n")
    #expect(SourceEdits.insertingAttribute("a", value: "1", into: try block(oneLine), in: oneLine) == nil)
  }

  @Test("inserting a block after an item, and at the end of a file without a final line break")
  func insertBlock() throws {
    let text = "a {\n}\nb = 1"
    let tree = SyntaxTree(text)
    #expect(try apply(SourceEdits.insertingBlock(["c {", "}"], after: tree.body.items.first, in: tree), to: text) == "a {\n}\n\nc {\n}\nb = 1")
    #expect(try apply(SourceEdits.insertingBlock(["c {", "}"], after: nil, in: tree), to: text) == "a {\n}\nb = 1\n\nc {\n}")
  }

  @Test("traversals keep their indexes and nest longest first")
  func traversals() throws {
    let tree = SyntaxTree(
      "a = base64decode(data.aws.x.certificate_authority[0].data)\nb = \"${module.m.cluster_id}-${local.l.0}\"\nc = x[var.k].y\nd = { module = 1 }\n")
    let found = tree.body.allExpressions.flatMap(\.traversals)
    #expect(
      found.map { $0.root + $0.steps.map(\.description).joined() } == [
        "data.aws.x.certificate_authority[0].data", "module.m.cluster_id", "local.l[0]", "x[*].y", "var.k",
      ])
    #expect(found[0].leadingNames == ["aws", "x", "certificate_authority"])
    #expect(tree.text(of: found[0].prefixes[2]) == "data.aws.x")
    let edit = SourceEdits.replacing(found[1].expression, with: "module.m.cluster_name", in: tree)
    #expect(
      String(decoding: ByteEdit.apply([edit], to: tree.source), as: UTF8.self).contains("\"${module.m.cluster_name}-${local.l.0}\""))
  }

  // MARK: - Properties

  static var sources: [[UInt8]] {
    var rng = SeededGenerator(seed: 11)
    var out = GoldenCorpus.validInputs().filter { SyntaxTree($0).isValid }
    for _ in 0..<40 { out.append(Array(RandomHCL.file(blocks: 6, using: &rng).utf8)) }
    return out
  }

  /// Every removable argument and block of every body, at any depth.
  private static func items(_ body: Body) -> [BodyItem] {
    body.items.flatMap { item -> [BodyItem] in
      if case .block(let block) = item { return [item] + items(block.body) }
      return [item]
    }
  }

  @Test("a removal touches only the item's lines, leaves a file that parses, and a formatted file formatted")
  func removalProperties() throws {
    var removals = 0
    for source in Self.sources {
      let tree = SyntaxTree(source)
      let clean = SourceEdits.isFormatClean(source)
      for item in Self.items(tree.body).prefix(12) {
        guard let edit = SourceEdits.removing(item, in: tree) else { continue }
        removals += 1
        let out = try SourceEdits.apply([edit], to: source)
        #expect(SyntaxTree(out).isValid)
        if clean {
          #expect(SourceEdits.isFormatClean(out))
        } else {
          // Untouched bytes are byte-identical before and after the edit.
          #expect(Array(out.prefix(edit.range.lowerBound)) == Array(source.prefix(edit.range.lowerBound)))
          #expect(Array(out.suffix(source.count - edit.range.upperBound)) == Array(source.suffix(source.count - edit.range.upperBound)))
        }
        // Every comment of the file is still there.
        let comments = { (bytes: [UInt8]) in
          let t = SyntaxTree(bytes)
          return t.tokens.indices.filter { t.tokens[$0].kind == .comment }.map {
            t.text(of: $0).trimmingSuffix { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.trimmingPrefix { $0 == " " || $0 == "\t" }
          }
        }
        #expect(comments(out) == comments(source))
      }
    }
    #expect(removals > 100)
  }

  @Test("an insertion parses, keeps a formatted file formatted, and the argument reads back")
  func insertionProperties() throws {
    var insertions = 0
    for source in Self.sources {
      let tree = SyntaxTree(source)
      let clean = SourceEdits.isFormatClean(source)
      for case .block(let block) in Self.items(tree.body).prefix(12) {
        guard let edit = SourceEdits.insertingAttribute("inserted_arg", value: "[\n  1,\n]", into: block, in: tree) else {
          continue
        }
        insertions += 1
        let out = try SourceEdits.apply([edit], to: source)
        let after = SyntaxTree(out)
        #expect(after.isValid)
        if clean { #expect(SourceEdits.isFormatClean(out)) }
        // Applying the formatter again changes nothing: the edit is stable.
        if clean, case .formatted(let again) = Formatter.format(out) {
          #expect(again == (Lexer.hasByteOrderMark(out) ? Array(out.dropFirst(3)) : out))
        }
        #expect(Self.items(after.body).contains { if case .attribute(let a) = $0 { a.name == "inserted_arg" } else { false } })
      }
    }
    #expect(insertions > 50)
  }
}

extension Substring {
  fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> Substring {
    var s = self
    while let last = s.last, drop(last) { s.removeLast() }
    return s
  }
}

extension String {
  fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> Substring { Substring(self).trimmingSuffix(while: drop) }
}
