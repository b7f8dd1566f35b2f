import HCL
import Testing

@Suite struct ParserTests {
  @Test func bodiesAttributesAndBlocks() throws {
    let tree = SyntaxTree("""
      region = "us-east-1"
      module "wandb_infra" {
        source  = "wandb/wandb/aws"
        version = "~> 2.0"
        nested { a = 1 }
      }
      provider aws {}

      """)
    #expect(tree.isValid)
    #expect(tree.body.attributes.map(\.name) == ["region"])
    let module = try #require(tree.body.blocks(ofType: "module", label: "wandb_infra").first)
    #expect(module.labels.map(\.value) == ["wandb_infra"])
    #expect(module.body.attribute(named: "version").map { tree.constantValue(of: $0.expression) } == .string("~> 2.0"))
    #expect(module.body.blocks.first?.body.attributes.first?.name == "a")
    #expect(tree.body.blocks.last?.labels.first?.isIdentifier == true)
  }

  @Test func constantValues() throws {
    let tree = SyntaxTree("""
      a = ["0.0.0.0/0", "10.0.0.0/8"]
      b = { Name = "x", "cost-center" = 42 }
      c = -1
      d = "x${var.y}"
      e = null

      """)
    let values = tree.body.attributes.map { tree.constantValue(of: $0.expression) }
    #expect(values[0] == .strings(["0.0.0.0/0", "10.0.0.0/8"]))
    #expect(values[1] == .object([ObjectEntry("Name", .string("x")), ObjectEntry("cost-center", .number("42"))]))
    #expect(values[2] == .number("-1"))
    #expect(values[3] == nil)
    #expect(values[4] == .null)
  }

  @Test func referencesAreFound() throws {
    let tree = SyntaxTree("""
      x = "s3://${module.wandb_infra.bucket_name}"
      y = var.a ? lookup(var.m, "k") : [for v in var.list : v.id]
      z = data.aws_eks_cluster.app.certificate_authority.0.data

      """)
    let refs = tree.body.attributes.flatMap { $0.expression.references }.map(\.dotted)
    #expect(refs.contains("module.wandb_infra.bucket_name"))
    #expect(refs.contains("var.a"))
    #expect(refs.contains("var.m"))
    #expect(refs.contains("var.list"))
    #expect(refs.contains("data.aws_eks_cluster.app.certificate_authority"))
  }

  @Test(arguments: [
    ("a = 1 b = 2\n", 1, 7, "Missing newline after argument"),
    ("a = \"x\n", 1, 7, "Invalid multi-line string"),
    ("b {\n  a = 1\n", 1, 3, "Unclosed configuration block"),
    ("a = [1, 2\n", 2, 1, "Missing item separator"),
    ("\"a\" = 1\n", 1, 1, "Invalid argument name"),
    ("a = 1\na = 2\n", 2, 1, "Attribute redefined"),
    ("a = \"\\q\"\n", 1, 6, "Invalid escape sequence"),
    ("a = \"%{endif}\"\n", 1, 6, "Unexpected endif directive"),
    ("b { a = 1\n}\n", 1, 10, "Invalid single-argument block definition"),
    ("a = <<EOT\nno end\n", 3, 1, "Unterminated template string"),
  ])
  func syntaxErrorsHavePositions(_ c: (String, Int, Int, String)) throws {
    let tree = SyntaxTree(c.0)
    let d = try #require(tree.diagnostics.first)
    #expect(d.position == SourcePosition(line: c.1, column: c.2))
    #expect(d.message.hasPrefix(c.3), "\(d.message)")
    #expect(d.rendered(path: "main.tf").hasPrefix("main.tf:\(c.1):\(c.2): error: \(c.3)"))
  }

  @Test func plainStringContentsLocatesTheLiteralBytes() throws {
    let tree = SyntaxTree("wandb_version = \"0.58.1\" # pinned\nother = \"a${b}\"\n")
    let attrs = tree.body.attributes
    let range = try #require(tree.plainStringContents(of: attrs[0].expression))
    #expect(String(decoding: tree.source[range], as: UTF8.self) == "0.58.1")
    #expect(tree.plainStringContents(of: attrs[1].expression) == nil)
  }
}
