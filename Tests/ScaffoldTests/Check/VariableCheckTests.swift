import HCL
import Testing

@testable import Scaffold

/// Seeded defects around variables and their values, each reported once, at its line.
@Suite("ConfigurationChecker: variables and tfvars")
struct VariableCheckTests {
  typealias F = CheckFixture

  static let regionVariable = """
    variable "region" {
      type = string
    }

    """
  static let regionOutput = "output \"region\" {\n  value = var.region\n}\n"

  @Test("a tfvars key no variable declares, with a near-miss hint")
  func undeclaredTfvarsKey() throws {
    let findings = try F.check([
      "variables.tf": Self.regionVariable,
      "main.tf": Self.regionOutput,
      "terraform.tfvars": "region = \"us-east-1\"\nregoin = \"us-west-2\"\n",
    ])
    #expect(F.locations(findings) == ["terraform.tfvars:2:1 undeclared-tfvars-key"])
    let finding = try #require(findings.first)
    #expect(finding.severity == .error)
    #expect(finding.message == "tfvars key \"regoin\" is not declared by any variable")
    #expect(finding.hint == "did you mean \"region\"?")
  }

  @Test("*.auto.tfvars and explicit variable files count; other *.tfvars do not")
  func whichValueFilesCount() throws {
    let files = [
      "variables.tf": Self.regionVariable,
      "main.tf": Self.regionOutput,
      "terraform.tfvars": "region = \"us-east-1\"\n",
      "extra.auto.tfvars": "\n  colour = \"blue\"\n",
      "prod.tfvars": "unrelated = 1\n",
    ]
    #expect(F.locations(try F.check(files)) == ["extra.auto.tfvars:2:3 undeclared-tfvars-key"])
    let explicit = try F.check(files, variableFiles: [(path: "prod.tfvars", text: "unrelated = 1\n")])
    #expect(
      F.locations(explicit) == ["extra.auto.tfvars:2:3 undeclared-tfvars-key", "prod.tfvars:1:1 undeclared-tfvars-key"])
    #expect(explicit.last?.hint == "declare it with a variable \"unrelated\" block, or remove it")
  }

  @Test("a var.X reference with no declaration points at `var`")
  func undeclaredReference() throws {
    let findings = try F.check([
      "variables.tf": Self.regionVariable,
      "main.tf": """
      output "region" {
        value = var.region
      }

      output "zone" {
        value = "${var.regon}-a"
      }

      locals {
        names = [for n in var.name_list : upper(n)]
      }

      """,
      "terraform.tfvars": "region = \"us-east-1\"\n",
    ])
    #expect(F.locations(findings) == ["main.tf:6:14 undeclared-variable", "main.tf:10:21 undeclared-variable"])
    #expect(
      findings.map(\.message) == [
        "reference to undeclared variable \"regon\"", "reference to undeclared variable \"name_list\"",
      ])
    #expect(findings.map(\.hint) == ["did you mean \"region\"?", "declare it with a variable \"name_list\" block"])
  }

  static let licenseAndZone = """
    variable "zone_id" {
      type = string
    }

    variable "license" {
      type      = string
      sensitive = true
    }

    """
  static let licenseAndZoneOutput = "output \"x\" {\n  value = [var.zone_id, var.license]\n}\n"

  @Test("a variable with no default and no value; a sensitive one only warns")
  func missingValues() throws {
    let findings = try F.check(["variables.tf": Self.licenseAndZone, "main.tf": Self.licenseAndZoneOutput])
    #expect(
      F.locations(findings) == ["variables.tf:1:1 missing-variable-value", "variables.tf:5:1 missing-variable-value"])
    #expect(findings.map(\.severity) == [.error, .warning])
    #expect(
      findings.map(\.message) == [
        "variable \"zone_id\" has no value", "variable \"license\" has no value; supply it with TF_VAR_license",
      ])
  }

  @Test("TF_VAR_name in the environment, a tfvars value or a default count as a value")
  func valuesFromEverywhere() throws {
    let withEnvironment = try F.check(
      ["variables.tf": Self.licenseAndZone, "main.tf": Self.licenseAndZoneOutput],
      environment: ["TF_VAR_license": "secret", "TF_VAR_zone_id": "Z1"])
    #expect(withEnvironment.isEmpty)
    let withFiles = try F.check([
      "variables.tf": Self.licenseAndZone + "variable \"size\" {\n  default = null\n}\n",
      "main.tf": "output \"x\" {\n  value = [var.zone_id, var.license, var.size]\n}\n",
      "terraform.tfvars": "zone_id = \"Z1\"\n",
      "secrets.auto.tfvars": "license = \"secret\"\n",
    ])
    #expect(withFiles.isEmpty)
  }

  @Test("a tfvars value of the wrong type: at the key, with a hint to wrap it in a list")
  func tfvarsTypeMismatch() throws {
    let findings = try F.check([
      "variables.tf": """
      variable "allowed_inbound_cidr" {
        type     = list(string)
        nullable = false
      }

      variable "node_count" {
        type = number
      }

      """,
      "main.tf": "output \"x\" {\n  value = [var.allowed_inbound_cidr, var.node_count]\n}\n",
      "terraform.tfvars": "node_count           = \"three\"\nallowed_inbound_cidr = \"0.0.0.0/0\"\n",
    ])
    #expect(
      F.locations(findings) == [
        "terraform.tfvars:1:1 tfvars-type-mismatch", "terraform.tfvars:2:1 tfvars-type-mismatch",
      ])
    #expect(
      findings.map(\.message) == [
        "tfvars value node_count does not fit type number: a number is required",
        "tfvars value allowed_inbound_cidr does not fit type list(string): list of string required",
      ])
    #expect(findings.map(\.hint) == [nil, "write it as a list: [\"0.0.0.0/0\"]"])
  }

  @Test("a nested mismatch names the path and points at the element")
  func nestedMismatch() throws {
    let findings = try F.check([
      "variables.tf": """
      variable "roles" {
        type = list(object({ rolearn = string, groups = list(string) }))
      }

      """,
      "main.tf": "output \"x\" {\n  value = var.roles\n}\n",
      "terraform.tfvars": """
      roles = [
        { rolearn = "arn:a", groups = ["admins"] },
        { rolearn = "arn:b", groups = "admins" },
        { rolearn = "arn:c" },
      ]

      """,
    ])
    #expect(F.locations(findings) == ["terraform.tfvars:3:33 tfvars-type-mismatch"])
    #expect(
      findings.first?.message
        == "tfvars value roles[1].groups does not fit type list(object({rolearn = string, groups = list(string)})): "
        + "list of string required")
  }

  @Test("only the effective value is checked: a later file overrides an earlier one")
  func laterFilesOverride() throws {
    let declarations = "variable \"cidrs\" {\n  type = list(string)\n}\n"
    let use = "output \"x\" {\n  value = var.cidrs\n}\n"
    let fixed = try F.check([
      "variables.tf": declarations, "main.tf": use,
      "terraform.tfvars": "cidrs = \"10.0.0.0/8\"\n", "z.auto.tfvars": "cidrs = [\"10.0.0.0/8\"]\n",
    ])
    #expect(fixed.isEmpty)
    let broken = try F.check([
      "variables.tf": declarations, "main.tf": use,
      "terraform.tfvars": "cidrs = [\"10.0.0.0/8\"]\n", "z.auto.tfvars": "# override\ncidrs = \"10.0.0.0/8\"\n",
    ])
    #expect(F.locations(broken) == ["z.auto.tfvars:2:1 tfvars-type-mismatch"])
  }

  @Test("null for a variable declared nullable = false")
  func nullForNonNullable() throws {
    let findings = try F.check([
      "variables.tf": "variable \"cidrs\" {\n  type     = list(string)\n  nullable = false\n}\n",
      "main.tf": "output \"x\" {\n  value = var.cidrs\n}\n",
      "terraform.tfvars": "cidrs = null\n",
    ])
    #expect(F.locations(findings) == ["terraform.tfvars:1:1 tfvars-type-mismatch"])
    #expect(
      findings.first?.message == "tfvars value cidrs must not be null (the variable is declared nullable = false)")
  }

  @Test("an unused variable is a warning at its block header")
  func unusedVariable() throws {
    let findings = try F.check([
      "variables.tf": Self.regionVariable + """
        variable "legacy" {
          type    = string
          default = "x"

          validation {
            condition     = length(var.legacy) > 0
            error_message = "Must not be empty."
          }
        }

        """,
      "main.tf": Self.regionOutput,
      "terraform.tfvars": "region = \"us-east-1\"\n",
    ])
    #expect(F.locations(findings) == ["variables.tf:4:1 unused-variable"])
    #expect(findings.first?.severity == .warning)
    #expect(findings.first?.message == "variable \"legacy\" is declared but never used")
  }

  @Test("a variable declared twice, across files")
  func duplicateVariable() throws {
    let findings = try F.check([
      "variables.tf": Self.regionVariable,
      "main.tf": Self.regionOutput + "\nvariable \"region\" {\n  default = \"us-east-1\"\n}\n",
    ])
    // Terraform reads files in name order, so main.tf holds the first declaration.
    #expect(F.locations(findings) == ["variables.tf:1:1 duplicate-variable"])
    #expect(findings.first?.message == "variable \"region\" is declared more than once")
    #expect(findings.first?.hint == "first declared at main.tf:5:1")
  }

  @Test("override files merge into a declaration instead of duplicating it")
  func overrideFiles() throws {
    let findings = try F.check([
      "variables.tf": Self.regionVariable,
      "main.tf": Self.regionOutput,
      "override.tf": "variable \"region\" {\n  default = \"eu-west-1\"\n}\n",
    ])
    #expect(findings.isEmpty)
  }

  @Test("invalid, quoted and legacy types; defaults that do not fit")
  func typesAndDefaults() throws {
    let findings = try F.check([
      "variables.tf": """
      variable "a" {
        type = lsit(string)
      }

      variable "b" {
        type    = "string"
        default = "x"
      }

      variable "c" {
        type    = list(string)
        default = ["x", ["y"]]
      }

      variable "d" {
        type     = list(string)
        nullable = false
        default  = null
      }

      variable "e" {
        type    = map
        default = { a = 1 }
      }

      """,
      "main.tf": "output \"x\" {\n  value = [var.a, var.b, var.c, var.d, var.e]\n}\n",
      "terraform.tfvars": "a = [\"x\"]\n",
    ])
    #expect(
      F.locations(findings) == [
        "variables.tf:2:10 invalid-type-constraint", "variables.tf:6:13 invalid-type-constraint",
        "variables.tf:12:19 invalid-default", "variables.tf:18:14 invalid-default",
      ])
    #expect(
      findings.map(\.message) == [
        "variable \"a\": invalid type: Keyword \"lsit\" is not a valid type constructor",
        "variable \"b\": quoted type constraints are not accepted since Terraform 0.12",
        "variable \"c\": default c[1] does not fit type list(string): string required",
        "variable \"d\": a null default is not valid when nullable = false",
      ])
    #expect(findings[1].hint == "remove the quotes: type = string")
  }

  @Test("blocks, references and function calls in a tfvars file")
  func nonConstantTfvars() throws {
    let findings = try F.check([
      "variables.tf": "variable \"a\" {\n  default = \"\"\n}\n\nvariable \"b\" {\n  default = \"\"\n}\n",
      "main.tf": "output \"x\" {\n  value = [var.a, var.b]\n}\n",
      "terraform.tfvars": "a = \"prefix-${var.b}\"\nb = upper(\"x\")\n\nlocals {\n  c = 1\n}\n",
    ])
    #expect(
      F.locations(findings) == [
        "terraform.tfvars:1:15 non-constant-tfvars-value", "terraform.tfvars:2:5 non-constant-tfvars-value",
        "terraform.tfvars:4:1 block-in-tfvars",
      ])
    #expect(
      findings.map(\.message) == [
        "tfvars value of \"a\" refers to var.b; variables are not allowed here",
        "tfvars value of \"b\" calls upper(); functions may not be called here",
        "unexpected \"locals\" block: a variable values file holds only name = value lines",
      ])
  }

  @Test("syntax errors with line and column; checks needing every file are skipped")
  func syntaxErrors() throws {
    let findings = try F.check([
      "variables.tf": Self.regionVariable + "variable \"unused\" {\n  default = 1\n}\n",
      "main.tf": "output \"region\" {\n  value = var.region\n\n",
      "terraform.tfvars": "region = \"us-east-1\"\nzone = ,\n",
    ])
    #expect(F.locations(findings) == ["main.tf:1:17 syntax-error", "terraform.tfvars:2:8 syntax-error"])
    #expect(findings.allSatisfy { $0.severity == .error })
    #expect(findings.first?.message.hasPrefix("Unclosed configuration block") == true)
  }

  @Test("JSON-syntax files get a note, and completeness checks are skipped")
  func jsonFiles() throws {
    let findings = try F.check([
      "variables.tf": Self.regionVariable,
      "main.tf": Self.regionOutput + "output \"y\" {\n  value = var.from_json\n}\n",
      "extra.tf.json": "{\"variable\": {\"from_json\": {}}}",
      "terraform.tfvars": "from_json = 1\n",
    ])
    #expect(F.locations(findings) == ["extra.tf.json unsupported-file"])
    #expect(findings.first?.severity == .note)
  }

  @Test("findings sort by path, line and column, and render like a compiler's")
  func ordering() throws {
    let findings = try F.check([
      "variables.tf": "variable \"b\" {}\n\nvariable \"a\" {}\n",
      "main.tf": "output \"x\" {\n  value = [var.z, var.y]\n}\n",
    ])
    #expect(
      F.locations(findings) == [
        "main.tf:2:12 undeclared-variable", "main.tf:2:19 undeclared-variable",
        "variables.tf:1:1 missing-variable-value", "variables.tf:1:1 unused-variable",
        "variables.tf:3:1 missing-variable-value", "variables.tf:3:1 unused-variable",
      ])
    #expect(findings == findings.sorted())
    #expect(
      findings.first?.description
        == "main.tf:2:12: error: reference to undeclared variable \"z\"; declare it with a variable \"z\" block")
  }
}
