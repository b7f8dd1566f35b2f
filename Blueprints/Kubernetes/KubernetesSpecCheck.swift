import HCL
import Scaffold

/// The WeightsAndBiases spec handed to `wandb/wandb/helm`, where the operator's
/// chart reads it: values that plan and apply fine and then break W&B.
///
/// - `mysql.install = true` makes the operator run a MySQL of its own in the
///   cluster (meant for trials), and W&B uses that one, not the user's.
/// - The chart builds the bucket URL as `s3://KEY:SECRET@NAME/PATH`, so
///   `global.bucket.name` holds the store's `host:port`: a scheme there, or a
///   path there while `path` is set too, makes a URL W&B cannot open.
/// - `?tls=true` on the path towards port 80, where stores serve plain HTTP.
///
/// Values are read where they are written: literals in the spec, or tfvars
/// values behind `var.NAME`.
struct KubernetesSpecCheck: CheckRule {
  func check(_ context: CheckContext, findings: inout FindingList) {
    for (call, _, _) in context.calls(to: KubernetesLine.module) {
      guard let spec = call.argument("spec") else { continue }
      let file = spec.file
      let values = spec.attribute.expression.member("values")
      if let install = values?.member("mysql")?.member("install"),
        file.tree.constantValue(of: install) == .bool(true)
      {
        findings.add(
          .operatorSpec, .error, in: file, at: install.tokens.lowerBound,
          "\(call.name): spec values.mysql.install = true: the operator runs a MySQL of its own in the cluster (for trials) and W&B uses it, not yours",
          hint: "set mysql = { install = false } and point global.mysql at your MySQL 8 server")
      }
      guard let bucket = values?.member("global")?.member("bucket") else { continue }
      let name = bucket.member("name").flatMap { Self.text($0, in: file, context) }
      let path = bucket.member("path").flatMap { Self.text($0, in: file, context) }
      guard let name else { continue }
      if let scheme = name.text.firstRange(of: "://") {
        let host = name.text[scheme.upperBound...].prefix { $0 != "/" }
        findings.add(
          .operatorSpec, .error, in: name.file, at: name.token,
          "\(call.name): the bucket name \"\(name.text)\" has a scheme; the operator builds s3://KEY:SECRET@NAME/PATH, so the name is the store's host:port",
          hint: "write \"\(host)\"; TLS is ?tls=true on the bucket path")
      } else if name.text.contains("/"), let path, !path.text.isEmpty {
        findings.add(
          .operatorSpec, .error, in: name.file, at: name.token,
          "\(call.name): the bucket name \"\(name.text)\" holds a path while path is \"\(path.text)\"; the URL gets both",
          hint: "give the name as host:port and the bucket in path")
      }
      if let path, path.text.contains("tls=true"), name.text.hasSuffix(":80") {
        findings.add(
          .operatorSpec, .warning, in: path.file, at: path.token,
          "\(call.name): ?tls=true towards \(name.text), where object stores serve plain HTTP; W&B's requests fail the TLS handshake",
          hint: "use the store's HTTPS port, or drop ?tls=true for a plain-HTTP store")
      }
    }
  }

  /// The text of `expression` where it is written: a literal, `var.NAME` with a
  /// tfvars value, or a template of those.
  static func text(_ expression: Expression, in file: ConfigurationFile, _ context: CheckContext)
    -> (text: String, file: ConfigurationFile, token: Int)?
  {
    if case .string(let text)? = file.tree.constantValue(of: expression) {
      return (text, file, expression.tokens.lowerBound)
    }
    if let name = expression.variableReferenceName, let (value, valueFile, token) = context.tfvarsValue(name),
      case .string(let text) = value
    {
      return (text, valueFile, token)
    }
    if case .template(let template) = expression.kind {
      var out = ""
      var first: (ConfigurationFile, Int)?
      for part in template.parts {
        switch part {
        case .literal(let text, _): out += text
        case .interpolation(let inner):
          guard let resolved = Self.text(inner, in: file, context) else { return nil }
          out += resolved.text
          first = first ?? (resolved.file, resolved.token)
        case .directive: return nil
        }
      }
      return (out, first?.0 ?? file, first?.1 ?? expression.tokens.lowerBound)
    }
    return nil
  }
}

extension Finding.Rule {
  /// A WeightsAndBiases spec value the operator's chart turns into a broken deployment.
  static let operatorSpec = Finding.Rule("operator-spec")
}

extension KubernetesSpecCheck {
  /// What its rules are about, for `check --format sarif`.
  static let ruleHelp: [Finding.Rule: RuleHelp] = [
    .operatorSpec: RuleHelp(
      "A WeightsAndBiases spec value that gives a broken deployment.",
      "The operator's chart accepts the value but renders a deployment that does not start or cannot be reached.",
      "Change the spec value as the hint describes."),
  ]
}
