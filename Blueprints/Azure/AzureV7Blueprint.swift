import HCL
import Scaffold

/// W&B Server on Azure: `wandb/wandb/azurerm` 7.x creates the resource group, the
/// VNet, AKS behind an Application Gateway, the MySQL flexible server, Blob
/// storage (with a Storage queue), Azure Cache for Redis and a Key Vault, and
/// deploys W&B through the operator. The module makes no public DNS record and
/// still defaults MySQL to 5.7, so the line writes 8.0 explicitly.
public struct AzureV7Blueprint: Blueprint {
  /// Makes the blueprint.
  public init() {}

  public let id = "azure-v7"
  public let summary = "wandb/wandb/azurerm 7.x with the W&B operator (current line)"
  public let cloud = AzureLine.cloud
  public let isCurrent = true
  public let moduleSource = AzureLine.module
  public let questions = AzureLine.questions
  public let exampleAnswers = AzureLine.exampleAnswers
  public let defaultPins: [PinKey: String] = [
    .module: "~> 7.0",
    .terraform: ">= 1.9, < 2.0",
    .provider("azurerm"): "~> 4.26",
    .provider("azapi"): "~> 1.0",
    .provider("kubernetes"): "~> 2.23",
    .provider("helm"): ">= 2.6, < 3.0.0",
    .provider("null"): "~> 3.0",
  ]
  /// azurerm 7.9.2 `versions.tf`: azapi 2.x (its data sources return objects, not
  /// JSON) and helm 3.x (no `set {}` blocks) are refused.
  public let moduleRequirements: [PinKey: String] = [
    .terraform: "~> 1.9", .provider("azurerm"): "~> 4.26", .provider("azapi"): "~> 1.0",
    .provider("kubernetes"): "~> 2.23", .provider("helm"): "~> 2.6", .provider("null"): "~> 3.0",
  ]

  public func complete(_ answers: inout Answers, explicit: Set<String>) -> [AnswerProblem] {
    AzureCompletion.complete(&answers, explicit: explicit)
  }

  public func unsupported(_ id: String, _ value: String) -> String? {
    id == AzureLine.Q.location ? AzureValidation.unknownLocation(value) : nil
  }

  public func describe(_ answers: Answers, pins: [PinKey: String]) -> DeploymentSummary {
    AzureSummary.describe(answers, pins: pins, blueprint: self)
  }

  private let providers = [
    ProviderSpec("azurerm", source: "hashicorp/azurerm"), ProviderSpec("azapi", source: "azure/azapi"),
    ProviderSpec("kubernetes", source: "hashicorp/kubernetes"), ProviderSpec("helm", source: "hashicorp/helm"),
    ProviderSpec("null", source: "hashicorp/null"),
  ]

  public func render(_ a: Answers, pins: [PinKey: String]) -> [PlannedDocument] {
    BlueprintParts.standardDocuments(
      blueprint: id, variables: variables(a), versions: versions(a, pins: pins), main: main(a, pins: pins))
  }

  private func variables(_ a: Answers) -> [VariableSpec] {
    var specs = [
      VariableSpec(
        "namespace", type: "string",
        description: "Name of the resource group and prefix of every resource (lowercase letters, digits and '-').",
        value: .string(a.namespace)),
      VariableSpec("subscription_id", type: "string", description: "Azure subscription to deploy into.", value: .string(a.subscriptionID)),
      VariableSpec("location", type: "string", description: "Azure location name, such as eastus.", value: .string(a.location)),
      VariableSpec(
        "domain_name", type: "string", description: "Domain of the W&B URL; its A record points at the address output.",
        value: .string(a.domainName)),
      BlueprintParts.subdomainVariable(a),
      VariableSpec(
        "allowed_ip_ranges", type: "list(string)",
        description: "IPv4 CIDR blocks allowed to reach W&B (empty: no allow-list on the Application Gateway).",
        nonNullable: true, value: .strings(a.allowedCIDRs)),
      BlueprintParts.sizeVariable(a, module: moduleName),
    ]
    if let dns = a.azureDNS {
      specs.append(
        VariableSpec("dns_zone", type: "string", description: "Azure DNS zone that serves domain_name.", value: .string(dns.zone)))
      specs.append(
        VariableSpec(
          "dns_resource_group", type: "string", description: "Resource group of the DNS zone.", value: .string(dns.resourceGroup)))
    }
    specs.append(BlueprintParts.licenseVariable(a))
    return specs
  }

  private func versions(_ a: Answers, pins: [PinKey: String]) -> Document {
    let backend = a.azurermBackend.map { b in
      BackendBlock(
        type: "azurerm",
        comment: "Remote state in a blob, locked by its lease; the storage account and container must exist before `terraform init`.",
        items: [
          Attribute("resource_group_name", .string(b.resourceGroup)),
          Attribute("storage_account_name", .string(b.storageAccount)),
          Attribute("container_name", .string(b.container)), Attribute("key", .string(b.key)),
        ])
    }
    return BlueprintParts.versions(
      purpose: "Terraform and provider versions, and the azurerm and azapi providers.", providers: providers, pins: pins,
      blueprint: id, backend: backend,
      providerBlocks: [
        Block("provider", "azurerm") {
          Comment("azurerm 4.x needs the subscription (here or in ARM_SUBSCRIPTION_ID) and a features block.")
          Attribute("subscription_id", .reference("var.subscription_id"))
          BlankLine
          Block("features") {}
        },
        Block("provider", "azapi") {
          Comment("The module reads the location's VM sizes and zones through azapi (1.x: JSON output).")
          Attribute("subscription_id", .reference("var.subscription_id"))
        },
      ])
  }

  private func clusterAccess() -> [Item] {
    [
      Comment("Client-certificate access from the AKS kube_config (base64-encoded PEM)."),
      Attribute("host", .reference("module.wandb.cluster_host")),
      Attribute("cluster_ca_certificate", .call("base64decode", [.reference("module.wandb.cluster_ca_certificate")])),
      Attribute("client_certificate", .call("base64decode", [.reference("module.wandb.cluster_client_certificate")])),
      Attribute("client_key", .call("base64decode", [.reference("module.wandb.cluster_client_key")])),
    ]
  }

  private func main(_ a: Answers, pins: [PinKey: String]) -> Document {
    Document {
      BlueprintParts.header(id, "W&B Server on Azure with the W&B operator (wandb/wandb/azurerm 7.x).")
      BlankLine
      Block("module", "wandb") {
        Attribute("source", .string(moduleSource))
        Attribute("version", .string(pins[.module] ?? ""))
        BlankLine
        Attribute("namespace", .reference("var.namespace"))
        Attribute("location", .reference("var.location"))
        Attribute("license", .reference("var.license"))
        Attribute("domain_name", .reference("var.domain_name"))
        Attribute("subdomain", .reference("var.subdomain"))
        Attribute("allowed_ip_ranges", .reference("var.allowed_ip_ranges"))
        Attribute("size", .reference("var.size"))
        BlankLine
        Comment("MySQL 8: the module still defaults to 5.7, which W&B Server does not support.")
        Attribute("database_version", .string(AzureLine.mysqlVersion))
        BlankLine
        Comment(a.azureRedis ? "Azure Cache for Redis for the application." : "No Azure Cache for Redis (--no-redis).")
        Attribute("create_redis", .bool(a.azureRedis))
        Comment(
          a.storageQueue
            ? "A Storage queue receives blob notifications through Event Grid."
            : "No Storage queue: the application's internal queue (--no-storage-queue).")
        Attribute("use_internal_queue", .bool(!a.storageQueue))
        OperatorLineParts.sizing(
          a, node: "kubernetes_instance_type", database: "database_sku_name"
        ) { "Sizing: \($0), written over the size preset." }
        BlankLine
        OperatorLineParts.labels("tags")
      }
      OperatorLineParts.clusterProviders(clusterAccess())
      if a.azureDNS != nil {
        BlankLine
        dnsRecord()
      }
      BlankLine
      OperatorLineParts.output("url", "URL of the W&B Server.")
      BlankLine
      OperatorLineParts.output("address", "Public IP of the Application Gateway: the A record of the W&B host points here.")
    }
  }

  /// The A record of the W&B host in the Azure DNS zone (`@` when the host is the
  /// zone's apex), refused at plan time when the zone does not serve the host.
  private func dnsRecord() -> [Item] {
    let zone = Value.reference("data.azurerm_dns_zone.wandb.name")
    let fqdn = Value.reference("module.wandb.fqdn")
    return [
      Block("data", "azurerm_dns_zone", "wandb") {
        Attribute("name", .reference("var.dns_zone"))
        Attribute("resource_group_name", .reference("var.dns_resource_group"))
      },
      BlankLine,
      Block("resource", "azurerm_dns_a_record", "wandb") {
        Comment("The record's name is relative to the zone.")
        Attribute(
          "name",
          .raw(
            "module.wandb.fqdn == data.azurerm_dns_zone.wandb.name ? \"@\" : "
              + "trimsuffix(module.wandb.fqdn, \".${data.azurerm_dns_zone.wandb.name}\")"))
        Attribute("zone_name", zone)
        Attribute("resource_group_name", .reference("var.dns_resource_group"))
        Attribute("ttl", .int(300))
        Attribute("records", .list([.reference("module.wandb.address")]))
        BlankLine
        Block("lifecycle") {
          Block("precondition") {
            Attribute(
              "condition",
              .call(
                "endswith",
                [
                  .template([.literal("."), .interpolation(fqdn)]),
                  .template([.literal("."), .interpolation(zone)]),
                ]))
            Attribute("error_message", .string("The DNS zone var.dns_zone does not serve the W&B host's domain."))
          }
        }
      },
    ]
  }
}
