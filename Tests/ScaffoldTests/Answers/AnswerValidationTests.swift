import Testing

@testable import Scaffold

@Suite struct AnswerValidationTests {
  @Test(arguments: [("wandb", "wandb"), ("  team-ml ", "team-ml"), ("w1", "w1")])
  func acceptsNamespaces(_ c: (String, String)) throws {
    #expect(try AnswerValidation.namespace(c.0) == c.1)
  }

  @Test(arguments: ["", "Wandb", "1abc", "ab_c", "abc-", "a--b", "averyveryverylongnamespace1", "wänd"])
  func rejectsNamespaces(_ raw: String) {
    #expect(throws: ValidationError.self) { try AnswerValidation.namespace(raw) }
  }

  @Test func messagesNameTheValueAndTheFix() {
    #expect(throws: ValidationError("'Wandb' must be lowercase (try 'wandb')")) { try AnswerValidation.namespace("Wandb") }
    #expect(throws: ValidationError("'Acme_ML' must be lowercase (try 'acme-ml')")) { try AnswerValidation.namespace("Acme_ML") }
    #expect(throws: ValidationError("'9Lives' must be lowercase")) { try AnswerValidation.namespace("9Lives") }
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

  @Test func zoneIDsAndRegions() throws {
    #expect(try AnswerValidation.zoneID("/hostedzone/Z0123456789ABCDEFGHIJ") == "Z0123456789ABCDEFGHIJ")
    #expect(throws: ValidationError.self) { try AnswerValidation.zoneID("z0123abc") }
    #expect(try AnswerValidation.region("eu-central-1") == "eu-central-1")
    #expect(try AnswerValidation.region("us-gov-west-1") == "us-gov-west-1")
    for bad in ["us-east", "useast1", "eu-middle-1", "US-EAST-1", "us-east-1a"] {
      #expect(throws: ValidationError.self) { try AnswerValidation.region(bad) }
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

  @Test(arguments: ["0.0.0.0/0", "203.0.113.0/24", "198.51.100.7/32", "172.32.0.0/16", "100.128.0.0/10"])
  func eksAPIAcceptsPublicBlocks(_ raw: String) throws {
    #expect(try AnswerValidation.eksAPICIDR(raw) == raw)
  }

  @Test(arguments: [
    ("10.1.0.0/16", "10.0.0.0/8"), ("172.20.0.0/16", "172.16.0.0/12"), ("192.168.1.0/24", "192.168.0.0/16"),
    ("127.0.0.1/32", "127.0.0.0/8"), ("169.254.0.0/16", "169.254.0.0/16"), ("100.64.0.0/10", "100.64.0.0/10"),
  ])
  func eksAPIRefusesRangesTheInternetDoesNotRoute(_ c: (String, String)) {
    #expect(throws: ValidationError.self) { try AnswerValidation.eksAPICIDR(c.0) }
    do {
      _ = try AnswerValidation.eksAPICIDR(c.0)
    } catch {
      #expect(error.message.hasPrefix("'\(c.0)' lies in \(c.1), which the internet does not route"))
    }
    // A block that only contains a private range (10.0.0.0/7 holds 10/8 and 11/8) is public enough.
    #expect(throws: Never.self) { try AnswerValidation.eksAPICIDR("10.0.0.0/7") }
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
    #expect(try AnswerValidation.eksVersion("1.30") == "1.30")
    #expect(throws: ValidationError.self) { try AnswerValidation.eksVersion("1.3") }
    #expect(throws: ValidationError.self) { try AnswerValidation.eksVersion("v1.30") }
    #expect(try AnswerValidation.wandbVersion("latest") == "latest")
    #expect(try AnswerValidation.wandbVersion("0.58.1") == "0.58.1")
    #expect(throws: ValidationError.self) { try AnswerValidation.wandbVersion("0.58") }
    #expect(try AnswerValidation.constraint("~>2.0") == "~> 2.0")
    #expect(throws: ValidationError.self) { try AnswerValidation.constraint("~> two") }
    #expect(throws: ValidationError.self) { try AnswerValidation.license("has space") }
    #expect(try AnswerValidation.size("Medium") == "medium")
  }
}
