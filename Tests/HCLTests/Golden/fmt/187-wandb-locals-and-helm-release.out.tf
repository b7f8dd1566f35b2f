locals {
  fqdn              = var.subdomain == null ? var.domain_name : "${var.subdomain}.${var.domain_name}"
  url_prefix        = var.ssl ? "https" : "http"
  url               = "${local.url_prefix}://${local.fqdn}"
  internal_app_port = 32543
  deployment_size = {
    small = {
      db            = "db.r6g.large",
      node_count    = 2,
      node_instance = "r6i.xlarge"
      cache         = "cache.m6g.large"
    },
    medium = {
      db            = "db.r6g.xlarge",
      node_count    = 2,
      node_instance = "r6i.xlarge"
      cache         = "cache.m6g.large"
    }
  }
}

resource "helm_release" "operator" {
  name             = "operator"
  chart            = "operator"
  repository       = "https://charts.wandb.ai"
  version          = var.operator_chart_version
  namespace        = "wandb"
  create_namespace = true
  wait             = true

  set {
    name  = "image.tag"
    value = var.operator_image_tag
  }
}
