import Scaffold

/// How the own-Kubernetes line describes what it deploys: the README's choices,
/// diagram and the on-prem checklist of the W&B guide filled in with the answers.
enum KubernetesSummary {
  /// The summary of `a` on `blueprint`.
  static func describe(_ a: Answers, pins: [PinKey: String], blueprint: any Blueprint) -> DeploymentSummary {
    typealias S = DeploymentSummary.Setting
    let settings: [S] = [
      a.kubeContext.map { .code("cluster", $0, suffix: " in `\(a.kubeconfig)`", jsonKey: "kubeContext") }
        ?? S("cluster", markdown: "the current context of `\(a.kubeconfig)`", text: "the current context of \(a.kubeconfig)",
          jsonKey: "kubeContext", json: .string("")),
      .code("MySQL", "\(a.mysqlUser)@\(a.mysqlHost):\(a.mysqlPort)/\(a.mysqlDatabase)", jsonKey: "mysql"),
      .code("object store", "\(a.bucketEndpoint)/\(a.bucketName)", suffix: a.bucketTLS ? " (TLS)" : " (plain HTTP)", jsonKey: "bucket"),
      a.externalRedis.map { .code("Redis", "\($0.host):\($0.port)", suffix: " (yours)", jsonKey: "redis") }
        ?? S("Redis", markdown: "in the cluster (the operator's, for trials)", text: "in the cluster", jsonKey: "redis", json: .string("")),
      a.ingressClass.map { .code("ingress class", $0, jsonKey: "ingressClass") }
        ?? S("ingress class", markdown: "the cluster's default", text: "the cluster's default", jsonKey: "ingressClass", json: .string("")),
      a.tlsSecret.map { .code("TLS secret", $0, jsonKey: "tlsSecret") }
        ?? S("TLS secret", markdown: "none (TLS ends in front of the ingress)", text: "none (TLS ends in front of the ingress)",
          jsonKey: "tlsSecret", json: .string("")),
      .toggle("OpenShift security context", a.openshift, jsonKey: "openshift"),
      .code("operator chart", KubernetesHelmBlueprint.operatorChartVersion, suffix: ", controller \(KubernetesHelmBlueprint.controllerImageTag)", jsonKey: "operatorChart"),
    ]
    let backend = a.stateSecretSuffix.map { suffix in
      S("state", markdown: "Secret `tfstate-default-\(suffix)` in `\(a.namespace)` (locked by a Lease)",
        text: "kubernetes secret tfstate-default-\(suffix)", jsonKey: "backend", json: .string("kubernetes:\(suffix)"))
    }
    var warnings: [String] = []
    if a.kubeContext == nil {
      warnings.append(
        "no --kube-context: the providers follow the kubeconfig's current context, so a `kubectl config use-context` elsewhere points the next apply at another cluster")
    }
    if a.plainHTTP { warnings.append("the W&B URL is plain HTTP: browsers and the SDK send the license-bound session unencrypted; terminate TLS in front of W&B") }
    if backend == nil { warnings.append(DeploymentSummary.localStateWarning(advice: "--state-secret-suffix wandb")) }
    let notes = [
      a.externalRedis == nil
        ? "Redis: the operator runs one in the cluster, which the W&B guide means for testing; give --redis-host for production"
        : "Redis: yours; the operator installs none",
      "MySQL: yours; the operator installs none (mysql.install = false)",
    ]
    var summary = DeploymentSummary(
      blueprint: blueprint, answers: a, pins: pins, title: "W&B Server on your own Kubernetes", settings: settings,
      backend: backend,
      remoteStateAdvice: "`wbscaffold init --force --state-secret-suffix wandb` (the state then lives in a Secret of the W&B namespace)",
      warnings: warnings, notes: notes, troubleshooting: troubleshooting, manualSteps: checklist(a), diagram: diagram(a),
      filePurposes: [
        "versions.tf": "Terraform and provider versions, the cluster the providers reach and the state backend",
        BlueprintParts.secretsFile: "the license, the MySQL password and the bucket keys (mode 0600, ignored by git; or set TF_VAR_<name> instead)",
      ])
    summary.url = a.host
    summary.deletionProtection = nil
    summary.reviewed = [
      .code("namespace", a.namespace, jsonKey: "namespace"), .code("URL", a.host, jsonKey: "host"),
    ]
    return summary
  }

  /// The W&B guide's on-prem checklist, filled in: what must hold before and after the first apply.
  static func checklist(_ a: Answers) -> [String] {
    let origin = a.host
    var steps = [
      "MySQL 8.0.28 or later. Create the database and user (choose the password you put in `\(BlueprintParts.secretsFile)`):\n\n"
        + "  ```sql\n"
        + "  CREATE USER '\(a.mysqlUser)'@'%' IDENTIFIED BY 'SOME_PASSWORD';\n"
        + "  CREATE DATABASE \(a.mysqlDatabase) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;\n"
        + "  GRANT ALL ON \(a.mysqlDatabase).* TO '\(a.mysqlUser)'@'%' WITH GRANT OPTION;\n"
        + "  ```",
      "Set the server's parameters as the W&B guide asks: `binlog_format = 'ROW'`, "
        + "`innodb_online_alter_log_max_size = 268435456`, `sync_binlog = 1`, `innodb_flush_log_at_trx_commit = 1`, "
        + "`binlog_row_image = 'MINIMAL'`, `sort_buffer_size = 33554432`. Back it up daily, kept at least a week.",
      "The bucket `\(a.bucketName)` must exist on `\(a.bucketEndpoint)`, support presigned URLs, and allow CORS from the W&B host:\n\n"
        + "  ```xml\n"
        + "  <CORSConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
        + "    <CORSRule>\n"
        + "      <AllowedOrigin>\(origin)</AllowedOrigin>\n"
        + "      <AllowedMethod>GET</AllowedMethod>\n"
        + "      <AllowedMethod>PUT</AllowedMethod>\n"
        + "      <AllowedMethod>HEAD</AllowedMethod>\n"
        + "      <AllowedHeader>*</AllowedHeader>\n"
        + "    </CORSRule>\n"
        + "  </CORSConfiguration>\n"
        + "  ```",
    ]
    if a.minio {
      let scheme = a.bucketTLS ? "https" : "http"
      steps.append(
        "MinIO: make the bucket with `mc` (keys from your shell, not this README):\n\n"
          + "  ```sh\n"
          + "  mc alias set wandb \(scheme)://\(a.bucketEndpoint) \"$MINIO_ACCESS_KEY\" \"$MINIO_SECRET_KEY\" --api s3v4\n"
          + "  mc mb --region=\(a.bucketRegion) wandb/\(a.bucketName)\n"
          + "  ```\n\n"
          + "  Run MinIO in distributed mode on RAID-backed disks for anything beyond a trial.")
    }
    steps += [
      "Nodes: at least 4 cores and 8 GiB of memory each, with 100 GB of root disk, across two availability zones if the cluster has them.",
      "Egress: the operator fetches W&B's charts and settings from `https://deploy.wandb.ai` and `https://charts.wandb.ai`, "
        + "and images from Docker Hub. Air-gapped: mirror them, install the operator chart yourself with `airgapped: true` "
        + "(`enable_helm_operator = false` in the module block) and pin `spec.chart`.",
      "TLS: W&B does not terminate TLS; "
        + (a.tlsSecret.map { "the ingress serves the `\($0)` secret for `\(a.hostName)`." } ?? "your load balancer or ingress must, with a trusted certificate for `\(a.hostName)` (self-signed ones are not supported)."),
      "After the apply: `pip install wandb`, `wandb login --host=\(a.host)`, then `wandb verify`.",
    ]
    return steps
  }

  static let troubleshooting = [
    "**The operator's pods wait in `ImagePullBackOff`**: the cluster cannot reach Docker Hub or `charts.wandb.ai`; allow the egress or mirror the images (see the air-gapped note above).",
    "**W&B starts and cannot reach the bucket**: check `kubectl logs deploy/wandb-app` for the BUCKET URL's host; the endpoint is `host:port`, and a store without a trusted certificate needs `--no-bucket-tls`.",
    "**`Error: unsupported block type \"set\"`** from the helm provider: it is 3.x; pin `hashicorp/helm` below 3.0.0 as versions.tf does.",
  ]

  /// A Mermaid flowchart of the deployment.
  static func diagram(_ a: Answers) -> [String] {
    [
      "flowchart LR",
      "  users([Users and SDKs]) -->|HTTPS| ingress[" + (a.ingressClass.map { "Ingress \($0)" } ?? "Ingress") + "]",
      "  ingress --> wandb[W&B Server in \(a.namespace)]",
      "  operator[W&B operator] -. manages .-> wandb",
      "  wandb --> mysql[(Your MySQL 8)]",
      "  wandb --> store[(\(a.minio ? "MinIO" : "S3-compatible store") \(a.bucketEndpoint))]",
      a.externalRedis.map { "  wandb --> redis[(Your Redis \($0.host))]" } ?? "  wandb --> redis[(Redis in the cluster)]",
    ]
  }
}
