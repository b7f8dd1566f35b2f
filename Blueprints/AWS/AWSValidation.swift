import Scaffold

/// The values the AWS lines accept beyond the shared ones, each checked the way
/// AWS or the module checks it, with a message that names the fix.
enum AWSValidation {
  /// A Route53 hosted zone id such as `Z0123456789ABCDEFGHIJ` (`/hostedzone/` prefix accepted).
  static func zoneID(_ raw: String) throws(ValidationError) -> String {
    var value = raw.trimmingBlanks
    if value.hasPrefix("/hostedzone/") { value.removeFirst("/hostedzone/".count) }
    guard !value.isEmpty, value.count <= 32,
      value.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
    else {
      throw ValidationError(
        "'\(raw)' is not a Route53 hosted zone id: expected up to 32 uppercase letters and digits, like Z0123456789ABCDEFGHIJ (see `aws route53 list-hosted-zones`)")
    }
    return value
  }

  private static let regionPrefixes: Set<String> = ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx", "cn"]
  private static let regionDirections: Set<String> = [
    "north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest",
  ]

  /// An AWS region code such as `us-east-1`.
  static func region(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    var parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    var valid = parts.count >= 3 && regionPrefixes.contains(parts[0])
    if valid && parts.count == 4 && parts[1] == "gov" { parts.remove(at: 1) }
    valid = valid && parts.count == 3 && regionDirections.contains(parts[1])
      && !parts[2].isEmpty && parts[2].allSatisfy { $0.isASCII && $0.isNumber }
    guard valid else {
      if value != value.lowercased(), (try? region(value.lowercased())) != nil {
        throw ValidationError("'\(raw)' must be lowercase: '\(value.lowercased())'")
      }
      throw ValidationError("'\(raw)' is not an AWS region code like 'us-east-1' or 'eu-central-1'")
    }
    return value
  }

  /// An IPv4 CIDR block allowed to reach the public EKS API endpoint: canonical,
  /// and public, because that endpoint only ever sees public source addresses.
  static func eksAPICIDR(_ raw: String) throws(ValidationError) -> String {
    let value = try AnswerValidation.ipv4CIDR(raw)
    if let range = CIDR(ipv4: value)?.nonPublicIPv4Range {
      throw ValidationError(
        "'\(raw)' lies in \(range), which the internet does not route: the public EKS API endpoint sees your runner's public (NAT or egress) address, so give that instead")
    }
    return value
  }

  /// An EKS Kubernetes minor version such as `1.30`.
  static func eksVersion(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0] == "1", parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
      let minor = Int(parts[1]), minor >= 20, minor < 100, !parts[1].hasPrefix("0")
    else {
      throw ValidationError("'\(raw)' is not an EKS Kubernetes minor version like '1.30'")
    }
    return value
  }

  /// An EC2 instance type such as `r6i.xlarge`.
  static func instanceType(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard isInstanceType(value) else {
      throw ValidationError("'\(raw)' is not an EC2 instance type like 'r6i.xlarge'")
    }
    return value
  }

  /// An RDS instance class such as `db.r6g.large`.
  static func databaseClass(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard value.hasPrefix("db."), isInstanceType(String(value.dropFirst(3))) else {
      throw ValidationError("'\(raw)' is not an RDS instance class like 'db.r6g.large'")
    }
    return value
  }

  private static func isInstanceType(_ value: String) -> Bool {
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } }
      && parts[0].first?.isLetter == true
  }

  /// An S3 bucket name (3-63 characters, lowercase letters, digits, '.', '-');
  /// an `s3://` prefix or a trailing path is refused with the bare name to use.
  static func bucket(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value.hasPrefix("s3://") {
      let bare = value.dropFirst(5).split(separator: "/").first.map(String.init) ?? ""
      throw ValidationError("'\(raw)' is a URL; give the bucket name alone: '\(bare)'")
    }
    guard (3...63).contains(value.count),
      value.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }),
      let first = value.first, first.isLetter || first.isNumber, let last = value.last, last.isLetter || last.isNumber,
      !value.contains("..")
    else {
      throw ValidationError(
        "'\(raw)' is not an S3 bucket name: 3-63 lowercase letters, digits, '.' and '-', starting and ending with a letter or digit")
    }
    return value
  }

  /// A state key (a relative object key such as `wandb/terraform.tfstate`).
  static func stateKey(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty, !value.hasPrefix("/"), !value.contains("//"), !value.contains(where: { $0.isWhitespace })
    else {
      throw ValidationError("'\(raw)' is not an S3 object key like 'wandb/terraform.tfstate'")
    }
    return value
  }

  /// A DynamoDB table name (3-255 of letters, digits, '_', '-', '.').
  static func lockTable(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard (3...255).contains(value.count),
      value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") })
    else {
      throw ValidationError("'\(raw)' is not a DynamoDB table name: 3-255 letters, digits, '_', '-' and '.'")
    }
    return value
  }

  /// The KMS key of an own bucket, as the aws module's validation (8.x) takes it:
  /// a key (not an alias) ARN of the `aws` partition.
  static func bucketKMSKey(_ raw: String) throws(ValidationError) -> String {
    let value = try kmsKeyARN(raw)
    guard value.hasPrefix("arn:aws:kms:"), value.split(separator: ":").last?.hasPrefix("key/") == true else {
      throw ValidationError(
        "'\(raw)': the aws module accepts only a key ARN of the aws partition, arn:aws:kms:REGION:ACCOUNT:key/ID (not an alias)")
    }
    return value
  }

  /// A KMS key ARN such as `arn:aws:kms:us-east-1:123456789012:key/<id>`.
  static func kmsKeyARN(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    let parts = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), parts[2] == "kms",
      (try? region(String(parts[3]))) != nil, parts[4].count == 12, parts[4].allSatisfy({ $0.isASCII && $0.isNumber }),
      parts[5].hasPrefix("key/") || parts[5].hasPrefix("alias/"), parts[5].count > 4
    else {
      throw ValidationError("'\(raw)' is not a KMS key ARN like 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-...'")
    }
    return value
  }
}
