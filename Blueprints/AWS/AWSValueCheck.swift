import HCL
import Scaffold

/// Values of `wandb/wandb/aws` inputs that fit their declared type but still
/// fail, or quietly change, at plan time:
/// - `eks_cluster_version` written as a number: Terraform converts `1.30` to the
///   string "1.3", a version EKS does not have;
/// - `eks_cluster_version` not of the form `1.NN`.
///
/// (`size` is checked by ``SizePresetCheck``, shared with the other lines.)
///
/// A value is followed through `var.name` to the tfvars value that sets it, and
/// reported where it is written.
struct AWSValueCheck: CheckRule {
  func check(_ context: CheckContext, findings: inout FindingList) {
    for (call, release, _) in context.calls(to: AWSLine.infrastructureModule) where release != nil {
      check(call, context, findings: &findings)
    }
  }

  private func check(_ call: ModuleCall, _ context: CheckContext, findings: inout FindingList) {
    let name = call.name
    if let (value, file, token) = context.writtenValue("eks_cluster_version", of: call) {
      switch value {
      case .number(let text) where Self.canonicalNumber(text) != text:
        let converted = Self.canonicalNumber(text) ?? text
        findings.add(
          .moduleArgumentValue, .error, in: file, at: token,
          "\(name): eks_cluster_version is the number \(text), which Terraform converts to the string \"\(converted)\"",
          hint: "quote it: \"\(text)\"")
      case .string(let text) where !Self.isEKSMinor(text):
        findings.add(
          .moduleArgumentValue, .error, in: file, at: token,
          "\(name): eks_cluster_version \"\(text)\" is not an EKS minor version like \"1.30\"")
      default:
        break
      }
    }
  }

  /// `1.NN`: the form of every EKS Kubernetes minor version.
  static func isEKSMinor(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2 && parts[0] == "1" && parts[1].count == 2 && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// How Terraform writes a plain decimal number as a string (shortest form: no
  /// leading zeros, no trailing fractional zeros); nil for other spellings.
  static func canonicalNumber(_ text: String) -> String? {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      text.filter({ $0 == "." }).count <= 1
    else { return nil }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    var whole = String(parts[0].drop { $0 == "0" })
    if whole.isEmpty { whole = "0" }
    var fraction = parts.count > 1 ? String(parts[1]) : ""
    while fraction.last == "0" { fraction.removeLast() }
    return fraction.isEmpty ? whole : "\(whole).\(fraction)"
  }
}
