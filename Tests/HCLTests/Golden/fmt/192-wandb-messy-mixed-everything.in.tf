terraform {
	required_providers {
		wandb = {
			source = "wandb/wandb"   
			version="0.1.0"#pin
		}
	}
}

provider wandb {
	host="https://api.wandb.ai"
	api_key = "${var.key}"
}
