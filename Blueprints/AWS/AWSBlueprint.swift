import Scaffold

/// What both AWS lines implement the same way: completion (sizing, backend),
/// pins, the supported EKS range and the summary; each line supplies its range,
/// whether its module passes the SQS queue on, and its own warnings.
protocol AWSBlueprint: Blueprint {
  /// EKS minor versions the module line supports, for a warning outside them.
  var supportedEKSVersions: ClosedRange<Int> { get }
  /// Whether the module hands an SQS queue it creates to W&B.
  var passesQueueToApp: Bool { get }
  /// What the line makes risky for `a`.
  func warnings(for a: Answers) -> [String]
  /// Known first-apply failures of the line and their fixes.
  func troubleshooting(for a: Answers) -> [String]
}

extension AWSBlueprint {
  public func complete(_ answers: inout Answers, explicit: Set<String>) -> [AnswerProblem] {
    AWSCompletion.complete(&answers, explicit: explicit)
  }

  public func pins(for answers: Answers) -> [PinKey: String] { AWSCompletion.pins(defaultPins, answers) }

  public func unsupported(_ id: String, _ value: String) -> String? {
    AWSCompletion.unsupportedClusterVersion(id, value, supported: supportedEKSVersions, line: self.id)
  }

  public func describe(_ a: Answers, pins: [PinKey: String]) -> DeploymentSummary {
    AWSSummary.describe(
      a, pins: pins, blueprint: self, supportedEKSVersions: supportedEKSVersions, passesQueueToApp: passesQueueToApp,
      lineWarnings: warnings(for: a), troubleshooting: troubleshooting(for: a))
  }
}
