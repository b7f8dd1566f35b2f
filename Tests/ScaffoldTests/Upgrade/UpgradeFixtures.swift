@testable import Scaffold

/// Fixtures shared by the upgrade tests: a legacy-line (aws 2.x + kubernetes 1.x) directory
/// as `wbscaffold init` writes it, and the W&B guide's first configuration.
enum UpgradeFixtures {
  /// `main.tf` of the generated legacy layout (variable style).
  static let generatedMain = """
    # W&B Server on AWS: infrastructure (wandb_infra) and application (wandb_app).

    module "wandb_infra" {
      source  = "wandb/wandb/aws"
      version = "~> 2.0"

      namespace   = var.namespace
      domain_name = var.domain_name
      zone_id     = var.zone_id

      allowed_inbound_cidr      = var.allowed_inbound_cidr
      allowed_inbound_ipv6_cidr = var.allowed_inbound_ipv6_cidr

      eks_cluster_version = var.eks_cluster_version
    }

    module "wandb_app" {
      source  = "wandb/wandb/kubernetes"
      version = "~> 1.0"

      license       = var.license
      wandb_version = var.wandb_version

      host       = module.wandb_infra.url
      bucket     = "s3://${module.wandb_infra.bucket_name}"
      depends_on = [module.wandb_infra]
    }

    """

  static let generatedVariables = """
    variable "namespace" {
      type = string
    }

    variable "domain_name" {
      type = string
    }

    variable "zone_id" {
      type = string
    }

    variable "eks_cluster_version" {
      type = string
    }

    variable "license" {
      type      = string
      sensitive = true
    }

    variable "wandb_version" {
      type    = string
      default = "latest"
    }

    """

  static let generatedTfvars = """
    # Values of the input variables.

    namespace           = "wandb"
    domain_name         = "example.com"
    zone_id             = "Z0123456789"
    eks_cluster_version = "1.28"
    wandb_version       = "0.58.1"

    """

  /// The generated layout.
  static var generated: UpgradeDirectory {
    UpgradeDirectory([
      ("main.tf", generatedMain), ("variables.tf", generatedVariables), ("terraform.tfvars", generatedTfvars),
      ("secrets.auto.tfvars", "license = \"LICENSE\"\n"), ("README.md", "# notes\n"),
    ])
  }

  /// The W&B guide's first configuration (no wandb_version anywhere), fmt-clean.
  static let guideMain = """
    module "wandb_infra" {
      source  = "wandb/wandb/aws"
      version = "~>2.0"

      namespace   = var.namespace
      domain_name = var.domain_name
      subdomain   = var.subdomain
      zone_id     = var.zone_id
    }

    module "wandb_app" {
      source  = "wandb/wandb/kubernetes"
      version = "~>1.0"

      license                    = var.license
      host                       = module.wandb_infra.url
      bucket                     = "s3://${module.wandb_infra.bucket_name}"
      bucket_aws_region          = module.wandb_infra.bucket_region
      bucket_queue               = "internal://"
      database_connection_string = "mysql://${module.wandb_infra.database_connection_string}"

      # If we dont wait, tf will start trying to deploy while the work group is
      # still spinning up
      depends_on = [module.wandb_infra]
    }

    output "url" {
      value = module.wandb_infra.url
    }

    """

  static let guideVariables = """
    variable "namespace" {
      type        = string
      description = "Name prefix used for resources"
    }

    variable "domain_name" {
      type        = string
      description = "Domain name used to access instance."
    }

    variable "subdomain" {
      type        = string
      default     = null
      description = "Subdomain for accessing the Weights & Biases UI."
    }

    variable "license" {
      type = string
    }

    variable "zone_id" {
      type        = string
      description = "Domain for creating the Weights & Biases subdomain on."
    }

    """

  static let guideTfvars = """
    namespace   = "wandb"
    license     = "xxxxxxxxxxyyyyyyyyyyyzzzzzzz"
    subdomain   = "wandb-aws"
    domain_name = "wandb.ml"
    zone_id     = "xxxxxxxxxxxxxxxx"

    """

  /// The guide's configuration.
  static var guide: UpgradeDirectory {
    UpgradeDirectory([("main.tf", guideMain), ("variables.tf", guideVariables), ("terraform.tfvars", guideTfvars)])
  }

  /// A legacy directory that keeps the version as a literal in main.tf (no variables),
  /// edited by hand: an extra resource first, the app module before the infra module.
  static let literalMain = """
    resource "aws_s3_bucket" "extra" {
      bucket = "my-extra-bucket" # added by hand
    }

    module "wandb_app" {
      source        = "wandb/wandb/kubernetes"
      version       = "~> 1.0"
      license       = "LICENSE"
      wandb_version = "0.58.1" # pinned
      host          = module.wandb_infra.url
    }

    module "wandb_infra" {
      source    = "wandb/wandb/aws"
      version   = "~> 2.0"
      namespace = "wandb"
    }

    """
}
