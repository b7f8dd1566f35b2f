resource "kubernetes_manifest" "wandb" {
  manifest = {
    apiVersion = "apps.wandb.com/v1"
    kind       = "WeightsAndBiases"
    metadata = {
      name      = "wandb"
      namespace = "default"
      labels = {
        "app.kubernetes.io/name"     = "wandb"
        "app.kubernetes.io/instance" = "wandb"
      }
    }
    spec = {
      values = {
        global = {
          host    = local.url
          license = var.license
          bucket = {
            provider = "s3"
            name     = var.bucket_name
            region   = var.region
          }
        }
      }
    }
  }
}
