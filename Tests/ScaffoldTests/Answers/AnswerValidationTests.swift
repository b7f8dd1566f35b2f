import Testing

@testable import Scaffold

@Suite struct AnswerValidationTests {
  @Test(arguments: [("wandb", "wandb"), ("  team-ml ", "team-ml"), ("w1", "w1")])
  func acceptsNamespaces(_ c: (String, String)) throws {
    #expect(try AnswerValidation.namespace(c.0, maximumLength: 24, reason: "test") == c.1)
  }

  @Test(arguments: ["", "Wandb", "1abc", "ab_c", "abc-", "a--b", "averyveryverylongnamespace1", "wänd"])
  func rejectsNamespaces(_ raw: String) {
    #expect(throws: ValidationError.self) { try AnswerValidation.namespace(raw, maximumLength: 24, reason: "test") }
  }

  @Test func messagesNameTheValueAndTheFix() {
    #expect(throws: ValidationError("'Wandb' must be lowercase (try 'wandb')")) { try AnswerValidation.namespace("Wandb", maximumLength: 24, reason: "test") }
    #expect(throws: ValidationError("'Acme_ML' must be lowercase (try 'acme-ml')")) { try AnswerValidation.namespace("Acme_ML", maximumLength: 24, reason: "test") }
    #expect(throws: ValidationError("'9Lives' must be lowercase")) { try AnswerValidation.namespace("9Lives", maximumLength: 24, reason: "test") }
    #expect(throws: ValidationError("'10.0.0.1/8' has host bits set; did you mean '10.0.0.0/8'?")) {
      try AnswerValidation.ipv4CIDR("10.0.0.1/8")
    }
  }

  @Test func domains() throws {
    #expect(try AnswerValidation.domainName("Example.COM.") == "example.com")
    #expect(try AnswerValidation.subdomain("") == nil)
    #expect(try AnswerValidation.subdomain("wandb-aws") == "wandb-aws")
    for bad in ["https://example.com", "localhost", "-a.com", "a..com", "a_b.com"] {
      #expect(throws: ValidationError.self) { try AnswerValidation.domainName(bad) }
    }
  }

  @Test(arguments: [
    ("0.0.0.0/0", "0.0.0.0/0"), ("203.0.113.0/24", "203.0.113.0/24"), ("10.1.2.3/32", "10.1.2.3/32"),
  ])
  func ipv4(_ c: (String, String)) throws {
    #expect(try AnswerValidation.ipv4CIDR(c.0) == c.1)
  }

  @Test(arguments: ["10.0.0.0", "256.0.0.0/8", "10.0.0.0/33", "10.0.0/8", "01.0.0.0/8", "::/0"])
  func badIPv4(_ raw: String) {
    #expect(throws: ValidationError.self) { try AnswerValidation.ipv4CIDR(raw) }
  }

  @Test(arguments: [
    ("::/0", "::/0"), ("2001:DB8::/32", "2001:db8::/32"), ("2001:db8:0:0:0:0:0:0/64", "2001:db8::/64"),
    ("fe80:0:0:1::/64", "fe80:0:0:1::/64"),
  ])
  func ipv6(_ c: (String, String)) throws {
    #expect(try AnswerValidation.ipv6CIDR(c.0) == c.1)
  }

  @Test(arguments: ["::", "2001:db8::/129", "2001:db8:::/32", "1:2:3:4:5:6:7:8:9/64", "0.0.0.0/0", "2001:db8::1/32"])
  func badIPv6(_ raw: String) {
    #expect(throws: ValidationError.self) { try AnswerValidation.ipv6CIDR(raw) }
  }

  @Test func versionsAndConstraints() throws {
    #expect(try AnswerValidation.wandbVersion("latest") == "latest")
    #expect(try AnswerValidation.wandbVersion("0.58.1") == "0.58.1")
    #expect(throws: ValidationError.self) { try AnswerValidation.wandbVersion("0.58") }
    #expect(try AnswerValidation.constraint("~>2.0") == "~> 2.0")
    #expect(throws: ValidationError.self) { try AnswerValidation.constraint("~> two") }
    #expect(throws: ValidationError.self) { try AnswerValidation.license("has space") }
    #expect(try AnswerValidation.size("Medium") == "medium")
  }

  @Test func messagesSuggestTheObviousFix() {
    #expect(throws: ValidationError("'v0.58.1' is not a W&B Server version: write it without the 'v', as '0.58.1'")) {
      try AnswerValidation.wandbVersion("v0.58.1")
    }
    #expect(throws: ValidationError("'10.0.0.0/40' has prefix /40; an IPv4 prefix is at most /32 (a single address is '10.0.0.0/32')")) {
      try AnswerValidation.ipv4CIDR("10.0.0.0/40")
    }
    #expect(throws: ValidationError("'203.0.113.9' has no prefix length; a single address is '203.0.113.9/32'")) {
      try AnswerValidation.ipv4CIDR("203.0.113.9")
    }
    #expect(throws: ValidationError.self) { try AnswerValidation.size("smal") }
  }

  @Test(arguments: ["...", "xxx", "abc", "changeme-please-0123456789", "<your-license>", "xxxxxxxxxxxxxxxxxxxxxxxx"])
  func placeholderLicensesAreRefused(_ raw: String) {
    #expect(throws: ValidationError.self) { try AnswerValidation.license(raw) }
  }

  @Test func realLookingLicensesPass() throws {
    #expect(try AnswerValidation.license(" eyJhbGciOiJSUzI1NiJ9.payload.signature ") == "eyJhbGciOiJSUzI1NiJ9.payload.signature")
  }
}
