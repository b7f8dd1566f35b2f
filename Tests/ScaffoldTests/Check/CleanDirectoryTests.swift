import HCL
import Testing

@testable import Scaffold

/// Whole directories: realistic clean ones report nothing, and one with every kind
/// of defect seeded reports each defect once, at its line.
@Suite("ConfigurationChecker: directories")
struct CleanDirectoryTests {
  typealias F = CheckFixture

  /// An aws 2.x directory in the shape `wbscaffold init` writes (blueprint aws-v2):
  /// `wandb_infra` (aws ~> 2.0) plus `wandb_app` (kubernetes ~> 1.0).
  static let awsV2: [String: String] = [
    "main.tf": """
    module "wandb_infra" {
      source  = "wandb/wandb/aws"
      version = "~> 2.0"

      namespace   = var.namespace
      domain_name = var.domain_name
      subdomain   = var.subdomain
      zone_id     = var.zone_id

      allowed_inbound_cidr      = var.allowed_inbound_cidr
      allowed_inbound_ipv6_cidr = var.allowed_inbound_ipv6_cidr

      eks_cluster_version            = var.eks_cluster_version
      public_access                  = true
      external_dns                   = true
      kubernetes_public_access       = true
      kubernetes_public_access_cidrs = var.allowed_inbound_cidr

      create_elasticache = true
      use_internal_queue = true
    }

    data "aws_eks_cluster" "app_cluster" {
      name = module.wandb_infra.cluster_id
    }

    data "aws_eks_cluster_auth" "app_cluster" {
      name = module.wandb_infra.cluster_id
    }

    provider "kubernetes" {
      host                   = data.aws_eks_cluster.app_cluster.endpoint
      cluster_ca_certificate = base64decode(data.aws_eks_cluster.app_cluster.certificate_authority[0].data)
      token                  = data.aws_eks_cluster_auth.app_cluster.token
    }

    module "wandb_app" {
      source  = "wandb/wandb/kubernetes"
      version = "~> 1.0"

      license       = var.license
      wandb_version = var.wandb_version

      host                       = module.wandb_infra.url
      bucket                     = "s3://${module.wandb_infra.bucket_name}"
      bucket_aws_region          = module.wandb_infra.bucket_region
      bucket_kms_key_arn         = module.wandb_infra.kms_key_arn
      bucket_queue               = "internal://"
      database_connection_string = "mysql://${module.wandb_infra.database_connection_string}"
      redis_connection_string    = "redis://${module.wandb_infra.elasticache_connection_string}?tls=true&ttlInSeconds=604800"
      service_port               = module.wandb_infra.internal_app_port

      depends_on = [module.wandb_infra]
    }

    output "url" {
      description = "URL of the W&B Server."
      value       = module.wandb_infra.url
    }

    """,
    "variables.tf": """
    variable "namespace" {
      type        = string
      description = "Prefix of every AWS resource name (lowercase, DNS-safe)."
    }

    variable "region" {
      type        = string
      description = "AWS region to deploy into."
    }

    variable "domain_name" {
      type = string
    }

    variable "subdomain" {
      type    = string
      default = null
    }

    variable "zone_id" {
      type = string
    }

    variable "allowed_inbound_cidr" {
      type     = list(string)
      nullable = false
    }

    variable "allowed_inbound_ipv6_cidr" {
      type     = list(string)
      nullable = false
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

    """,
    "versions.tf": """
    terraform {
      required_version = "~> 1.0"

      required_providers {
        aws = {
          source  = "hashicorp/aws"
          version = "~> 4.0"
        }
        kubernetes = {
          source  = "hashicorp/kubernetes"
          version = "~> 2.23"
        }
      }
    }

    provider "aws" {
      region = var.region

      default_tags {
        tags = {
          Namespace = var.namespace
          ManagedBy = "terraform"
        }
      }
    }

    """,
    "terraform.tfvars": """
    namespace                 = "wandb"
    region                    = "us-east-1"
    domain_name               = "example.com"
    subdomain                 = "wandb"
    zone_id                   = "Z0123456789ABCDEFGHIJ"
    allowed_inbound_cidr      = ["0.0.0.0/0"]
    allowed_inbound_ipv6_cidr = ["::/0"]
    eks_cluster_version       = "1.28"
    wandb_version             = "0.58.1"

    """,
    "secrets.auto.tfvars": "license = \"LICENSE-PLACEHOLDER\"\n",
    "README.md": "# W&B Server\n",
    ".terraform.lock.hcl": "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"4.67.0\"\n}\n",
  ]

  @Test("a clean aws-v2 directory reports nothing")
  func cleanAwsV2() throws {
    #expect(try F.check(Self.awsV2).isEmpty)
  }

  @Test("a clean aws 8.x call with the license from TF_VAR_license reports nothing")
  func cleanAwsV8() throws {
    var files = Self.awsV2
    files["main.tf"] = """
      module "wandb_infra" {
        source  = "wandb/wandb/aws"
        version = "~> 8.0"

        namespace                 = var.namespace
        domain_name               = var.domain_name
        subdomain                 = var.subdomain
        zone_id                   = var.zone_id
        allowed_inbound_cidr      = var.allowed_inbound_cidr
        allowed_inbound_ipv6_cidr = var.allowed_inbound_ipv6_cidr
        license                   = var.license
        size                      = "small"
        eks_cluster_version       = var.eks_cluster_version

        kubernetes_legacy_cluster_creator_admin = false
        kubernetes_map_accounts                 = []
      }

      output "wandb_version" {
        value = var.wandb_version
      }

      """
    files["secrets.auto.tfvars"] = nil
    // aws 8.0.0 needs the aws provider ~> 5.95: the 2.x directory's ~> 4.0 would fail terraform init.
    let versions = try #require(files["versions.tf"])
    files["versions.tf"] = versions.replacing("\"~> 4.0\"", with: "\"~> 5.95\"")
    #expect(F.locations(try F.check(files.merging(["versions.tf": versions]) { $1 })).contains("versions.tf:7:17 conflicting-requirement"))
    let withoutLicense = try F.check(files)
    #expect(F.locations(withoutLicense) == ["variables.tf:38:1 missing-variable-value"])
    #expect(withoutLicense.first?.severity == .warning)
    #expect(try F.check(files, environment: ["TF_VAR_license": "secret"]).isEmpty)
  }

  @Test("every kind of defect at once: each reported once, at its line")
  func everyDefect() throws {
    var files = Self.awsV2
    files["main.tf"] = (files["main.tf"] ?? "")
      .replacingLine(containing: "create_elasticache = true", with: "  create_elasticache_subnet = true")
      .replacingLine(containing: "eks_cluster_version            =", with: "")
      .replacingLine(containing: "wandb_version = var.wandb_version", with: "  wandb_version = var.wandb_versoin")
    files["variables.tf"] = (files["variables.tf"] ?? "") + "variable \"namespace\" {\n  type = string\n}\n"
    files["terraform.tfvars"] =
      (files["terraform.tfvars"] ?? "")
      .replacingLine(containing: "allowed_inbound_cidr ", with: "allowed_inbound_cidr      = \"0.0.0.0/0\"")
      + "create_elasticache_subnet = true\n"
    files["secrets.auto.tfvars"] = nil

    let findings = try F.check(files)
    #expect(
      F.locations(findings) == [
        "main.tf:1:1 missing-module-input",  // eks_cluster_version removed
        "main.tf:18:3 unknown-module-argument",  // create_elasticache_subnet
        "main.tf:41:19 undeclared-variable",  // var.wandb_versoin
        "terraform.tfvars:6:1 tfvars-type-mismatch",  // a string for list(string)
        "terraform.tfvars:10:1 undeclared-tfvars-key",  // create_elasticache_subnet
        "variables.tf:34:1 unused-variable",  // eks_cluster_version: its only use was removed
        "variables.tf:38:1 missing-variable-value",  // license: the secrets file is gone
        "variables.tf:43:1 unused-variable",  // wandb_version: its only use is misspelt
        "variables.tf:47:1 duplicate-variable",  // namespace again
      ])
    #expect(
      findings.first { $0.rule == .unknownModuleArgument }?.hint
        == "not an input of any release; use create_elasticache")
    #expect(findings.first { $0.rule == .undeclaredVariable }?.hint == "did you mean \"wandb_version\"?")
  }
}
