import Scaffold

/// What each major of `wandb/wandb/aws` takes in the caller's files, read from the
/// module at its tags (variables, versions.tf, moved blocks, docs/operator-migration,
/// docs/v8-upgrade-guide.md, the README's "Upgrading from" sections).
///
/// A walk from 2.x stops at 4.x (the operator migration: `wandb_app` must go while
/// its DNS handover flags still exist), 5.x (node groups re-keyed `ng-N`, which the
/// 8.0 moved blocks assume), 7.x (the last EKS v17 release, which carries the bucket
/// `moved` block) and 8.x. 3.x and 6.x are crossed without an apply of their own:
/// 3.0 only adds in-cluster controllers (the caller needs a helm provider), and 6.0's
/// helm-wandb `count` change comes with moved blocks (its `migrate-state.sh` is not
/// needed and would move more than it should).
enum AWSMigrations {
  private static let module = AWSLine.infrastructureModule
  private static let helm = ProviderRequirement(
    source: "hashicorp/helm", version: try! VersionConstraint(">= 2.10, < 3.0.0", dialect: .provider))

  /// The helm provider, talking to the cluster as the kubernetes provider does.
  private static let helmProvider = BlockAddition(
    type: "provider", labels: ["helm"], after: (type: "provider", label: "kubernetes"),
    body: ["kubernetes {", "  {copy}", "}"],
    why: "the module installs helm charts into the cluster; same connection as provider \"kubernetes\"")

  static let all: [MajorMigration] = [
    MajorMigration(
      module: module, major: 3, isStop: false, addedBlocks: [helmProvider], extraProviders: ["helm": helm],
      applyNotes: ["the plan adds the AWS Load Balancer Controller and external-dns (helm releases) to the cluster"]),
    MajorMigration(
      module: module, major: 4,
      newInputs: [
        NewInput(
          "license", .movedFrom(module: AWSLine.appModule, argument: "license"),
          why: "moved from module \"wandb_app\"; the operator reads it"),
        NewInput(
          "other_wandb_env", .movedFrom(module: AWSLine.appModule, argument: "other_wandb_env"),
          why: "moved from module \"wandb_app\"; it becomes the spec's extra environment"),
        NewInput(
          "enable_dummy_dns", .expression("true"),
          why: "hands the DNS name over: the old load balancer's record becomes old.<fqdn>; 5.0 removes it",
          onlyWhenCalling: AWSLine.appModule),
        NewInput(
          "enable_operator_alb", .expression("true"),
          why: "external-dns points the name at the operator's ingress; 5.0 removes it",
          onlyWhenCalling: AWSLine.appModule),
      ],
      removedModules: [AWSLine.appModule], addedBlocks: [helmProvider], extraProviders: ["helm": helm],
      applyNotes: [
        "the cluster needs egress to deploy.wandb.ai (the operator fetches its spec with the license)",
        "the W&B version now comes from W&B's release channel: pin it in the System Console (Disable Auto Upgrades)",
        "if public_access is false, also set kubernetes_alb_internet_facing = false to keep the app private (the operator's load balancer is internet-facing by default)",
      ],
      removalNotes: [
        "the plan destroys module.wandb_app's deployment, config map, secret and services and replaces the Route53 record and the node group: W&B Server is down until the operator's pods are ready"
      ]),
    MajorMigration(
      module: module, major: 5,
      newInputs: [
        // 5.0 fills these from size = "small" when unset; 4.x with size unset used these.
        NewInput(
          "kubernetes_instance_types", .expression("[\"m5.large\"]"),
          why: "the 4.x default; 5.0 would take the small preset's instance type", unlessSet: ["size"]),
        NewInput(
          "database_instance_class", .expression("\"db.r5.large\""),
          why: "the 4.x default; 5.0 would modify the database to the small preset's class", unlessSet: ["size"]),
        NewInput(
          "elasticache_node_type", .expression("\"cache.t2.medium\""),
          why: "the 4.x default; 5.0 would take the small preset's node type", unlessSet: ["size"]),
      ],
      renamedInputs: [
        InputRename(
          "kubernetes_node_count", to: ["kubernetes_min_nodes_per_az", "kubernetes_max_nodes_per_az"],
          note: "4.x counted nodes for the whole cluster, 5.0 per private subnet: a constant is divided by their number",
          perZone: (zoneLists: ["network_private_subnets", "network_private_subnet_cidrs"], defaultZones: 2))
      ],
      renamedOutputs: ["cluster_id": "cluster_name"],
      applyNotes: [
        "the node groups are re-keyed (primary to ng-0, ng-1, ...) and replaced, and the old Terraform load balancer and its record are destroyed"
      ]),
    MajorMigration(
      module: module, major: 6, isStop: false,
      applyNotes: [
        "helm-wandb 2.0 moves its releases to count with moved blocks; its migrate-state.sh is not needed"
      ]),
    MajorMigration(
      module: module, major: 7,
      applyNotes: [
        "the plan must move module.file_storage[0] to module.file_storage, never destroy the bucket; a configuration that had create_bucket = false gets a new default bucket",
        "never apply a release older than 7.0 after this: it may delete the bucket",
      ]),
    MajorMigration(
      module: module, major: 8,
      newInputs: [
        NewInput(
          "kubernetes_legacy_cluster_creator_admin", .expression("true"),
          why: "in place from 7.x: EKS keeps the cluster creator's access entry; false would create a duplicate (409)"),
        NewInput(
          "preserve_aws_auth_configmap", .expression("true"),
          why: "first of two applies: keep the aws-auth ConfigMap until the nodes use access entries"),
      ],
      rewrites: [
        TraversalRewrite(
          root: "data", [.name("aws_eks_cluster"), .anyName, .name("endpoint")], to: "module.{call}.cluster_endpoint",
          why: "8.0 outputs the endpoint; data \"aws_eks_cluster\" fails a first plan under EKS module v20"),
        TraversalRewrite(
          root: "data", [.name("aws_eks_cluster"), .anyName, .name("certificate_authority"), .index("0"), .name("data")],
          to: "module.{call}.cluster_certificate_authority_data", why: "8.0 outputs the cluster CA"),
        TraversalRewrite(
          root: "data", [.name("aws_eks_cluster"), .anyName, .name("name")], to: "module.{call}.cluster_name",
          why: "the module's output names the cluster"),
      ],
      unusedDataSources: ["aws_eks_cluster"],
      blockers: [
        MigrationBlocker(
          .nonEmptyList("kubernetes_map_accounts"),
          reason: "move those principals into kubernetes_map_roles or kubernetes_map_users (EKS access entries) and set kubernetes_map_accounts = [] first")
      ],
      applyNotes: [
        "back up the state first (terraform state pull > pre-8.tfstate): applying 7.x again does not undo the EKS state moves",
        "the node groups and launch templates are replaced (AL2 to AL2023, create before destroy): the EC2 quota must allow twice the nodes for a while",
        "the plan must not replace aws_eks_cluster, the cluster IAM role or security group, the KMS key or the OIDC provider",
        "about an hour after this apply, set preserve_aws_auth_configmap = false (or remove it) and apply again",
        "then move eks_cluster_version one minor at a time, one apply each (wbscaffold upgrade --eks-cluster-version)",
      ]),
  ]
}
