import Scaffold

/// The own-Kubernetes line's answers, typed.
extension Answers {
  private typealias K = KubernetesLine.Q

  /// The kubeconfig file of the providers.
  var kubeconfig: String { string(K.kubeconfig) ?? "~/.kube/config" }
  /// The kubeconfig context, if pinned.
  var kubeContext: String? { string(K.context).flatMap { $0.isEmpty ? nil : $0 } }
  /// The W&B URL, such as `https://wandb.example.com`.
  var host: String { string(K.host) ?? "" }
  /// The host name of the W&B URL (no scheme, no port).
  var hostName: String {
    let rest = host.hasPrefix("https://") ? host.dropFirst(8) : host.hasPrefix("http://") ? host.dropFirst(7) : Substring(host)
    return String(rest.prefix { $0 != ":" && $0 != "/" })
  }
  /// Whether the W&B URL is plain HTTP.
  var plainHTTP: Bool { host.hasPrefix("http://") }
  var mysqlHost: String { string(K.mysqlHost) ?? "" }
  var mysqlPort: Int { Int(string(K.mysqlPort) ?? "") ?? 3306 }
  var mysqlDatabase: String { string(K.mysqlDatabase) ?? "wandb_local" }
  var mysqlUser: String { string(K.mysqlUser) ?? "wandb_local" }
  var mysqlPassword: String { string(K.mysqlPassword) ?? "" }
  /// `host:port` of the object store.
  var bucketEndpoint: String { string(K.bucketEndpoint) ?? "" }
  /// Whether W&B reaches the store over TLS (`?tls=true` on the bucket path).
  var bucketTLS: Bool { isOn(K.bucketTLS) }
  var bucketName: String { string(K.bucketName) ?? "" }
  var bucketRegion: String { string(K.bucketRegion) ?? "us-east-1" }
  var bucketAccessKey: String { string(K.bucketAccessKey) ?? "" }
  var bucketSecretKey: String { string(K.bucketSecretKey) ?? "" }
  /// Whether the store is MinIO (the README shows its `mc` commands).
  var minio: Bool { isOn(K.minio) }
  /// An external Redis, if one was given.
  var externalRedis: (host: String, port: Int)? {
    guard let host = string(K.redisHost), !host.isEmpty else { return nil }
    return (host, Int(string(K.redisPort) ?? "") ?? 6379)
  }
  var ingressClass: String? { string(K.ingressClass).flatMap { $0.isEmpty ? nil : $0 } }
  var tlsSecret: String? { string(K.tlsSecret).flatMap { $0.isEmpty ? nil : $0 } }
  var openshift: Bool { isOn(K.openshift) }
  /// The Secret suffix of the kubernetes state backend, if one was given.
  var stateSecretSuffix: String? { string(K.stateSecretSuffix).flatMap { $0.isEmpty ? nil : $0 } }
}
