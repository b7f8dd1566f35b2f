/// Configurations the upgrade tests of more than one target start from.
public enum UpgradeFixtureTexts {
  /// A 3.x aws call without `wandb_app`: 4.x requires a `license` nobody passed before,
  /// and nothing holds one to move.
  public static let awsWithoutLicense = """
    module "wandb_infra" {
      source  = "wandb/wandb/aws"
      version = "~> 3.0"

      namespace                 = "wandb"
      domain_name               = "example.com"
      zone_id                   = "Z0123456789ABCDEFGHIJ"
      allowed_inbound_cidr      = ["0.0.0.0/0"]
      allowed_inbound_ipv6_cidr = ["::/0"]
      eks_cluster_version       = "1.28"
    }

    """
}
