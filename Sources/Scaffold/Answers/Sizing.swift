/// What the deployment mostly runs, as the W&B reference architecture sizes it.
public enum Workload: String, Sendable, CaseIterable {
  case models, weave, both
}

/// The environment class of the reference architecture.
public enum Environment: String, Sendable, CaseIterable {
  case dev, prod
}

/// Node and database sizes for a deployment.
public struct Sizing: Sendable, Equatable {
  /// EC2 instance types of the EKS node group.
  public var nodeInstanceTypes: [String]
  /// Aurora MySQL instance class.
  public var databaseInstanceClass: String
  /// Where the figures come from, for summaries.
  public var origin: String

  /// Makes a sizing.
  public init(nodeInstanceTypes: [String], databaseInstanceClass: String, origin: String) {
    self.nodeInstanceTypes = nodeInstanceTypes
    self.databaseInstanceClass = databaseInstanceClass
    self.origin = origin
  }

  /// The AWS machine types of the W&B reference architecture ("Sizing" table).
  public static func reference(_ workload: Workload, _ environment: Environment) -> Sizing {
    let node: String
    switch (workload, environment) {
    case (.models, .dev): node = "r6i.large"
    case (.weave, .dev), (.both, .dev): node = "r6i.xlarge"
    case (.models, .prod): node = "r6i.2xlarge"
    case (.weave, .prod), (.both, .prod): node = "r6i.4xlarge"
    }
    let database = environment == .dev ? "db.r6g.large" : "db.r6g.2xlarge"
    return Sizing(
      nodeInstanceTypes: [node], databaseInstanceClass: database,
      origin: "W&B reference architecture, \(workload.rawValue) workload, \(environment.rawValue)")
  }

  /// The aws module's size presets (8.x `deployment-size.tf`): database class and node type.
  public static let presets: [(size: String, database: String, node: String)] = [
    ("small", "db.r6g.large", "r6i.2xlarge"),
    ("medium", "db.r6g.xlarge", "r6i.4xlarge"),
    ("large", "db.r6g.2xlarge", "r6i.4xlarge"),
    ("xlarge", "db.r6g.4xlarge", "r6i.4xlarge"),
    ("xxlarge", "db.r6g.8xlarge", "r6i.4xlarge"),
  ]

  /// For operator blueprints: the smallest preset whose database class matches
  /// this sizing, and the node types to override when the preset's differ.
  public func preset() -> (size: String, overrideNodes: [String]?) {
    let match =
      Sizing.presets.first { $0.database == databaseInstanceClass } ?? Sizing.presets[0]
    let overrideNodes = nodeInstanceTypes == [match.node] ? nil : nodeInstanceTypes
    return (match.size, overrideNodes)
  }
}

/// A remote state backend.
public struct Backend: Sendable, Equatable {
  /// The S3 bucket holding the state (must exist).
  public var bucket: String
  /// The object key of the state.
  public var key: String
  /// A DynamoDB table for locking; nil uses S3 native locking (`use_lockfile`, Terraform >= 1.10).
  public var lockTable: String?

  /// Makes an S3 backend description.
  public init(bucket: String, key: String, lockTable: String?) {
    self.bucket = bucket
    self.key = key
    self.lockTable = lockTable
  }

  /// Validates an S3 bucket name (3-63 characters, lowercase letters, digits, '.', '-').
  public static func validateBucket(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
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

  /// Validates a state key (a relative object key ending in `.tfstate`).
  public static func validateKey(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty, !value.hasPrefix("/"), !value.contains("//"), !value.contains(where: { $0.isWhitespace })
    else {
      throw ValidationError("'\(raw)' is not an S3 object key like 'wandb/terraform.tfstate'")
    }
    return value
  }

  /// Validates a DynamoDB table name (3-255 of letters, digits, '_', '-', '.').
  public static func validateTable(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard (3...255).contains(value.count),
      value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") })
    else {
      throw ValidationError("'\(raw)' is not a DynamoDB table name: 3-255 letters, digits, '_', '-' and '.'")
    }
    return value
  }
}
