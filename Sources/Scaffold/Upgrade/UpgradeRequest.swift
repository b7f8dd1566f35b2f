/// What `wbscaffold upgrade` was asked to do in one directory.
///
/// At least one of ``wandbVersion``, ``moduleVersion`` and ``kubernetesModuleVersion``
/// must be set. The values are raw user input; ``UpgradePlanner`` validates them and
/// refuses with a ``UpgradeRefusal/Kind/usage`` refusal when one is malformed.
///
/// ```swift
/// let request = UpgradeRequest(wandbVersion: "0.59.0")
/// let plan = try UpgradePlanner(catalog: catalog).plan(request, files: files)
/// ```
public struct UpgradeRequest: Sendable, Equatable {
  /// The W&B Server image tag to run: `latest` or a release such as `0.59.0`.
  public var wandbVersion: String?
  /// A new `version` constraint for the calls of the line's main module, such as `~> 2.8`.
  public var moduleVersion: String?
  /// A new `version` constraint for the `wandb/wandb/kubernetes` module calls.
  public var kubernetesModuleVersion: String?
  /// Whether a lower W&B version or module release than the current one is accepted.
  ///
  /// For W&B versions, `latest` to a release is not a downgrade (the plan warns that it
  /// may roll back a newer running image) and a release to `latest` is an upgrade; a
  /// current value that is not a version cannot be compared and needs this flag too.
  public var allowDowngrade: Bool
  /// Whether a module pin may move to another major version (whose requirements the
  /// plan then lists as notes).
  public var allowMajor: Bool
  /// Where a `wandb_version` that does not exist yet is added.
  public var placement: WandbVersionPlacement
  /// Values for inputs a major move needs and has no safe value for, as HCL
  /// expressions keyed by input name (`--input NAME=EXPRESSION`).
  public var inputs: [String: String]
  /// The cluster's next Kubernetes minor, such as `1.31` (the line's cluster version option).
  public var clusterVersion: String?
  /// The option it was given with (`eks-cluster-version`), when it matters which: a
  /// line refuses another line's option. Nil takes the directory's line's own.
  public var clusterVersionOption: String?

  /// Makes a request.
  public init(
    wandbVersion: String? = nil, moduleVersion: String? = nil, kubernetesModuleVersion: String? = nil,
    allowDowngrade: Bool = false, allowMajor: Bool = false, placement: WandbVersionPlacement = .automatic,
    inputs: [String: String] = [:], clusterVersion: String? = nil, clusterVersionOption: String? = nil
  ) {
    self.clusterVersionOption = clusterVersionOption
    self.clusterVersion = clusterVersion
    self.inputs = inputs
    self.wandbVersion = wandbVersion
    self.moduleVersion = moduleVersion
    self.kubernetesModuleVersion = kubernetesModuleVersion
    self.allowDowngrade = allowDowngrade
    self.allowMajor = allowMajor
    self.placement = placement
  }

  /// Whether the request asks for anything at all.
  public var isEmpty: Bool {
    wandbVersion == nil && moduleVersion == nil && kubernetesModuleVersion == nil && clusterVersion == nil
  }
}

/// Where a missing `wandb_version` is added (an existing one is always edited in place).
public enum WandbVersionPlacement: String, Sendable, Equatable, CaseIterable {
  /// The variable style when the directory already uses it, else the module literal.
  ///
  /// The directory uses the variable style when a `.tfvars` file already assigns
  /// `wandb_version`, or when the app module (`wandb/wandb/kubernetes`) passes an
  /// argument as `var.NAME` where `variables.tf` declares NAME and `terraform.tfvars`
  /// assigns it. The W&B guide's own layout (`license = var.license`, values in
  /// terraform.tfvars) is therefore upgraded with the guide's alternative, a variable
  /// set in terraform.tfvars; a directory without that wiring gets the literal.
  case automatic
  /// `wandb_version = "X"` in the app module, as the W&B guide's upgrade step shows.
  case module
  /// `variable "wandb_version"`, `wandb_version = "X"` in terraform.tfvars and
  /// `wandb_version = var.wandb_version` in the app module (the guide's alternative).
  case variable
}

/// A W&B Server image tag (`wandb/local:<tag>`): `latest` or a release `MAJOR.MINOR.PATCH`.
public enum WandbImageTag: Sendable, Hashable, CustomStringConvertible {
  /// The floating `latest` tag.
  case latest
  /// A release such as `0.58.1`.
  case release(SemanticVersion)

  /// Parses a tag given on the command line: `latest` or digits `X.Y.Z` (W&B's tags
  /// have no `v` prefix and no prerelease part). Blanks around it are ignored.
  ///
  /// - Throws: a ``UpgradeRefusal/Kind/usage`` refusal naming the value and the fix.
  public init(parsing raw: String) throws(UpgradeRefusal) {
    let text = VersionConstraint.trimmed(raw)
    if text == "latest" {
      self = .latest
      return
    }
    func refuse(_ why: String) -> UpgradeRefusal {
      UpgradeRefusal(.usage, "'\(raw)' is not a W&B Server version: \(why)")
    }
    if text.lowercased() == "latest" { throw refuse("write 'latest' in lowercase") }
    if text.hasPrefix("v") || text.hasPrefix("V") {
      throw refuse("W&B image tags have no 'v' prefix; use '\(text.dropFirst())'")
    }
    guard SemanticVersion.numbers(text, count: 3) != nil, let version = SemanticVersion(text) else {
      throw refuse("use 'latest' or a release like '0.58.1'")
    }
    self = .release(version)
  }

  /// Reads a tag already written in a file, leniently: `latest`, or anything
  /// `SemanticVersion` parses (`0.58`, `v0.58.1`, `0.58.1-rc1`); nil otherwise.
  static func reading(_ text: String) -> WandbImageTag? {
    if text == "latest" { return .latest }
    return SemanticVersion(text).map { .release($0) }
  }

  /// The tag as written in Terraform: `latest` or `0.58.1`.
  public var description: String {
    switch self {
    case .latest: return "latest"
    case .release(let version): return version.description
    }
  }
}
