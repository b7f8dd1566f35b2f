import Testing

@testable import Blueprints
@testable import Scaffold

/// The AWS lines' own validators.
@Suite struct AWSValidationTests {
  @Test func zoneIDsAndRegions() throws {
    #expect(try AWSValidation.zoneID("/hostedzone/Z0123456789ABCDEFGHIJ") == "Z0123456789ABCDEFGHIJ")
    #expect(throws: ValidationError.self) { try AWSValidation.zoneID("z0123abc") }
    #expect(try AWSValidation.region("eu-central-1") == "eu-central-1")
    #expect(try AWSValidation.region("us-gov-west-1") == "us-gov-west-1")
    for bad in ["us-east", "useast1", "eu-middle-1", "US-EAST-1", "us-east-1a"] {
      #expect(throws: ValidationError.self) { try AWSValidation.region(bad) }
    }
  }

  @Test(arguments: ["0.0.0.0/0", "203.0.113.0/24", "198.51.100.7/32", "172.32.0.0/16", "100.128.0.0/10"])
  func eksAPIAcceptsPublicBlocks(_ raw: String) throws {
    #expect(try AWSValidation.eksAPICIDR(raw) == raw)
  }

  @Test(arguments: [
    ("10.1.0.0/16", "10.0.0.0/8"), ("172.20.0.0/16", "172.16.0.0/12"), ("192.168.1.0/24", "192.168.0.0/16"),
    ("127.0.0.1/32", "127.0.0.0/8"), ("169.254.0.0/16", "169.254.0.0/16"), ("100.64.0.0/10", "100.64.0.0/10"),
  ])
  func eksAPIRefusesRangesTheInternetDoesNotRoute(_ c: (String, String)) {
    #expect(throws: ValidationError.self) { try AWSValidation.eksAPICIDR(c.0) }
    do {
      _ = try AWSValidation.eksAPICIDR(c.0)
    } catch {
      #expect(error.message.hasPrefix("'\(c.0)' lies in \(c.1), which the internet does not route"))
    }
    // A block that only contains a private range (10.0.0.0/7 holds 10/8 and 11/8) is public enough.
    #expect(throws: Never.self) { try AWSValidation.eksAPICIDR("10.0.0.0/7") }
  }

  @Test func clusterVersions() throws {
    #expect(try AWSValidation.eksVersion("1.30") == "1.30")
    #expect(throws: ValidationError.self) { try AWSValidation.eksVersion("1.3") }
    #expect(throws: ValidationError.self) { try AWSValidation.eksVersion("v1.30") }
    #expect(throws: ValidationError.self) { try AWSValidation.eksVersion("1.+30") }
  }

  @Test(arguments: ["-us--east-1-", "us--east-1", "us-east-1-"])
  func regionsWithStrayDashesAreRefused(_ region: String) {
    #expect(throws: ValidationError.self) { try AWSValidation.region(region) }
  }

  @Test func suggestions() {
    #expect(throws: ValidationError("'US-EAST-1' must be lowercase: 'us-east-1'")) { try AWSValidation.region("US-EAST-1") }
    #expect(throws: ValidationError("'s3://acme-state/wandb' is a URL; give the bucket name alone: 'acme-state'")) {
      try AWSValidation.bucket("s3://acme-state/wandb")
    }
  }

  @Test func instanceTypesAndKeys() throws {
    #expect(try AWSValidation.instanceType("u-6tb1.metal") == "u-6tb1.metal")
    #expect(try AWSValidation.databaseClass("db.r6g.2xlarge") == "db.r6g.2xlarge")
    #expect(throws: ValidationError.self) { try AWSValidation.databaseClass("r6g.large") }
    #expect(try AWSValidation.kmsKeyARN("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab") != "")
    #expect(throws: ValidationError.self) { try AWSValidation.kmsKeyARN("arn:aws:kms:us-east-1:1234:key/x") }
  }
}
