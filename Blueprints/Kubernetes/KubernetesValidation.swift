import Scaffold

/// The values of the own-Kubernetes line: the cluster access, the W&B URL, the
/// MySQL server and the S3-compatible store, each checked with the fix named.
enum KubernetesValidation {
  /// A Kubernetes namespace: a DNS label (at most 63 lowercase letters, digits and '-').
  static func namespace(_ raw: String) throws(ValidationError) -> String {
    try AnswerValidation.namespace(raw, maximumLength: 63, reason: "a Kubernetes namespace is a DNS label")
  }

  /// A kubeconfig path such as `~/.kube/config` (written as given; Terraform expands `~`).
  static func kubeconfig(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty, !value.contains("\n"), !value.contains("\"") else {
      throw ValidationError("'\(raw)' is not a file path like ~/.kube/config")
    }
    if value.contains(":") && !value.hasPrefix("/") && !value.hasPrefix("~") && !value.hasPrefix(".") {
      throw ValidationError("'\(raw)' looks like a KUBECONFIG list; give one file (Terraform's providers read one)")
    }
    return value
  }

  /// A kubeconfig context name (as `kubectl config get-contexts` lists it).
  static func context(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.contains(where: { $0.isWhitespace || $0 == "\"" }) else {
      throw ValidationError("'\(raw)' is not a context name (`kubectl config get-contexts -o name`)")
    }
    return value
  }

  /// The W&B URL: `https://wandb.example.com` (a scheme, a host, no path).
  static func host(_ raw: String) throws(ValidationError) -> String {
    var value = raw.trimmingBlanks
    while value.hasSuffix("/") { value.removeLast() }
    let scheme = value.hasPrefix("https://") ? "https://" : value.hasPrefix("http://") ? "http://" : nil
    guard let scheme else {
      if (try? AnswerValidation.domainName(value)) != nil {
        throw ValidationError("'\(raw)' has no scheme; the W&B URL is 'https://\(value)'")
      }
      throw ValidationError("'\(raw)' is not a URL like https://wandb.example.com")
    }
    let rest = String(value.dropFirst(scheme.count))
    let host = rest.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
    guard !rest.contains("/") else {
      throw ValidationError("'\(raw)' has a path; W&B is served at the root of its host: '\(scheme)\(rest.prefix { $0 != "/" })'")
    }
    if rest.contains(":"), Int(rest.split(separator: ":").last ?? "").map({ (1...65535).contains($0) }) != true {
      throw ValidationError("'\(raw)' has an invalid port")
    }
    _ = try AnswerValidation.domainName(host)
    return value
  }

  /// A server host name or address, such as `mysql.db.svc.cluster.local` or `10.0.0.5`.
  static func serverHost(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value.contains("://") {
      throw ValidationError("'\(raw)' has a scheme; give the host alone: '\(value.split(separator: "/").dropFirst().first ?? "")'")
    }
    if value.contains(":") { throw ValidationError("'\(raw)' has a port; give the port with its own flag") }
    guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) else {
      throw ValidationError("'\(raw)' is not a host name or IPv4 address")
    }
    return value
  }

  /// A TCP port, 1 to 65535.
  static func port(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard let port = Int(value), (1...65535).contains(port) else { throw ValidationError("'\(raw)' is not a port (1 to 65535)") }
    return String(port)
  }

  /// A MySQL database or user name: letters, digits, `_` and `$`, at most 32 (users) or 64 characters.
  static func mysqlName(_ raw: String, maximumLength: Int) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard (1...maximumLength).contains(value.count),
      value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") })
    else {
      throw ValidationError("'\(raw)' is not a MySQL name: up to \(maximumLength) letters, digits, '_' and '$'")
    }
    return value
  }

  /// The object store's endpoint as the operator wants it: `host:port` (no scheme, no path).
  static func bucketEndpoint(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    for scheme in ["https://", "http://", "s3://"] where value.hasPrefix(scheme) {
      let rest = value.dropFirst(scheme.count).prefix { $0 != "/" }
      throw ValidationError(
        "'\(raw)' has a scheme; give host:port ('\(rest)')"
          + (scheme == "http://" ? " and --no-bucket-tls for a plain-HTTP store" : ""))
    }
    if value.contains("/") {
      throw ValidationError("'\(raw)' has a path; give host:port ('\(value.prefix { $0 != "/" })') and the bucket with --bucket-name")
    }
    let parts = value.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count <= 2, let host = parts.first, !host.isEmpty, (try? serverHost(String(host))) != nil else {
      throw ValidationError("'\(raw)' is not host:port like minio.example.com:9000")
    }
    if parts.count == 2 { _ = try port(String(parts[1])) }
    return value
  }

  /// An S3 bucket name: 3 to 63 lowercase letters, digits, '-' and '.'.
  static func bucketName(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value.hasPrefix("s3://") {
      throw ValidationError("'\(raw)' must be the bucket name without 's3://': '\(value.dropFirst(5).prefix { $0 != "/" })'")
    }
    let allowed = value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == ".") }
    let ends = value.startsAndEndsAlphanumeric
    guard (3...63).contains(value.count), allowed, ends, !value.contains("..") else {
      throw ValidationError("'\(raw)' is not a bucket name: 3 to 63 lowercase letters, digits, '-' and '.'")
    }
    return value
  }

  /// A region name for the store's signatures, such as `us-east-1` (MinIO's default).
  static func region(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
      throw ValidationError("'\(raw)' is not a region like us-east-1")
    }
    return value
  }

  /// A Kubernetes object name (an ingress class or a secret): a DNS subdomain.
  static func objectName(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    let allowed = value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == ".") }
    let ends = value.startsAndEndsAlphanumeric
    guard (1...253).contains(value.count), allowed, ends else {
      throw ValidationError("'\(raw)' is not a Kubernetes name: lowercase letters, digits, '-' and '.'")
    }
    return value
  }

  /// A password or key: one line, no quotes or backslashes (it is written into HCL
  /// and the operator's YAML), not empty; and, because W&B puts it into a URL
  /// (`s3://KEY:SECRET@host/bucket`, `mysql://USER:PASSWORD@host/db`), none of the
  /// characters that end a URL's user part unless percent-encoded.
  static func secret(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty else { throw ValidationError("the value is empty") }
    guard !value.contains(where: { $0.isNewline || $0 == "\"" || $0 == "\\" }) else {
      throw ValidationError("the value must be one line without quotes or backslashes")
    }
    if let bad = value.first(where: { "/@?#".contains($0) }) {
      let code = bad == "/" ? "%2F" : bad == "@" ? "%40" : bad == "?" ? "%3F" : "%23"
      throw ValidationError(
        "the value contains '\(bad)', which ends the user part of the URL W&B builds from it; write it percent-encoded ('\(bad)' as \(code))")
    }
    let characters = Array(value)
    for (i, c) in characters.enumerated() where c == "%" {
      guard i + 2 < characters.count, characters[i + 1].isHexDigit, characters[i + 2].isHexDigit else {
        throw ValidationError("the value contains a '%' that is not a percent-encoding; write '%' itself as %25")
      }
    }
    return value
  }
}
