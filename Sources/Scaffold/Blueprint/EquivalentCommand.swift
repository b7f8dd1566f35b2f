/// The non-interactive `wbscaffold init` command line that reproduces a set of
/// answers: printed after a wizard run and kept in the generated README. It never
/// holds the license, which comes from `WANDB_LICENSE` or `--license-file`.
public enum EquivalentCommand {
  /// The command for `answers`, writing into `directory` (omitted when it is `.`).
  public static func line(answers a: Answers, directory: String) -> String {
    var parts = ["wbscaffold", "init"]
    if directory != "." { parts.append(quote(directory)) }
    parts += ["--non-interactive", "--blueprint", a.blueprint, "--namespace", a.namespace, "--domain-name", a.domainName]
    if let sub = a.subdomain { parts += ["--subdomain", sub] }
    parts += ["--zone-id", a.zoneID, "--region", a.region]
    for cidr in a.allowedCIDRs { parts += ["--allowed-cidr", cidr] }
    for cidr in a.allowedIPv6CIDRs { parts += ["--allowed-ipv6-cidr", quote(cidr)] }
    for cidr in a.eksAPICIDRs { parts += ["--eks-api-cidr", cidr] }
    parts += ["--eks-cluster-version", a.eksClusterVersion]
    if let v = a.wandbVersion { parts += ["--wandb-version", v] }
    if let size = a.size { parts += ["--size", size] }
    parts.append(a.redis ? "--redis" : "--no-redis")
    parts.append(a.sqs ? "--sqs" : "--no-sqs")
    for (key, value) in a.pins.sorted(by: { $0.key < $1.key }) { parts += [key.flag, quote(value)] }
    if let w = a.workload { parts += ["--workload", w.rawValue] }
    if let e = a.environment { parts += ["--environment", e.rawValue] }
    for node in a.nodeInstanceTypes ?? [] { parts += ["--node-instance-type", node] }
    if let db = a.databaseInstanceClass { parts += ["--database-instance-class", db] }
    if let b = a.backend {
      parts += ["--backend", "s3", "--state-bucket", b.bucket, "--state-key", quote(b.key)]
      if let t = b.lockTable { parts += ["--lock-table", t] }
    }
    return parts.joined(separator: " ")
  }

  /// Single-quotes a word when the shell would otherwise split or expand it.
  public static func quote(_ s: String) -> String {
    let safe = s.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=,@".contains($0) }
    return safe && !s.isEmpty ? s : "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
