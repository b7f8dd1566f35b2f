import Scaffold

/// What the Azure line knows of `wandb/wandb/azurerm`: the module, the cloud,
/// the questions with their flags, tfvars names and validators, the sample
/// answers, and the upgrade facts.
enum AzureLine {
  /// The module.
  static let module = "wandb/wandb/azurerm"
  /// The cloud.
  static let cloud = Cloud(id: "azure", name: "Azure")
  /// The first major of the azurerm module where the W&B operator deploys W&B Server (2.0.0, #23).
  static let operatorMajor = 2
  /// The MySQL version written for the flexible server: the azurerm provider
  /// accepts `5.7`, `8.0.21` and (from 4.55) `8.4`; `8.0.21` names the 8.0 line,
  /// which Azure keeps on its newest 8.0 release. The module's default is 5.7.
  static let mysqlVersion = "8.0.21"

  /// Question ids of the Azure line, beyond the shared core.
  enum Q {
    static let subscription = "subscription-id"
    static let location = "location"
    static let redis = "redis"
    static let storageQueue = "storage-queue"
    static let dnsZone = "dns-zone"
    static let dnsResourceGroup = "dns-resource-group"
    static let nodeSize = "node-vm-size"
    static let databaseSKU = "database-sku"
    static let backend = "backend"
    static let stateResourceGroup = "state-resource-group"
    static let stateStorageAccount = "state-storage-account"
    static let stateContainer = "state-container"
    static let stateKey = "state-key"
  }

  /// The upgrade facts of `wandb/wandb/azurerm`.
  static let upgrade = UpgradeLine(
    module: module, operatorMajor: operatorMajor, majorNotes: AzureUpgradeNotes.majors,
    operatorMigrationReference: "terraform-azurerm-wandb CHANGELOG 2.0.0", migrations: AzureMigrations.all)

  /// The questions, in wizard order.
  static let questions: [Question] = [
    CoreQuestions.namespace(
      hint: "names the resource group and prefixes every resource: lowercase letters, digits and '-', at most 17 characters",
      maximumLength: 17,
      reason: "the module names the storage account after it (without '-', plus 'storage': at most 24 characters)"),
    CoreQuestions.domainName(hint: "the domain of the W&B URL, such as example.com; its A record points at the Application Gateway"),
    CoreQuestions.subdomainQuestion,
    Question(
      Q.subscription, valueName: "id", environment: "ARM_SUBSCRIPTION_ID", prompt: "Azure subscription id",
      hint: "the subscription to deploy into: `az account show --query id -o tsv`", remembered: [.tfvars("subscription_id")],
      validate: { raw throws(ValidationError) in try AzureValidation.subscriptionID(raw) }),
    Question(
      Q.location, valueName: "location", environment: "ARM_LOCATION", prompt: "Azure location",
      hint: "the location name, such as eastus or westeurope (not the display name 'East US')",
      remembered: [.tfvars("location")], validate: { raw throws(ValidationError) in try AzureValidation.location(raw) }),
    CoreQuestions.allowedCIDR(tfvars: "allowed_ip_ranges"),
    CoreQuestions.sizeQuestion,
    CoreQuestions.licenseQuestion,
    Question(
      Q.redis, .toggle, prompt: "Create an Azure Cache for Redis?",
      hint: "caches queries for faster dashboards; the module's default since 7.0", default: ["true"],
      remembered: [.moduleArgument("create_redis")]),
    Question(
      Q.storageQueue, .toggle, prompt: "Create a Storage queue for blob notifications?",
      hint: "the module's default (with an Event Grid topic); off uses W&B's internal queue", default: ["true"],
      remembered: [.moduleArgument("use_internal_queue", inverted: true)]),
    Question(
      Q.dnsZone, valueName: "name", prompt: "Azure DNS zone for the A record",
      hint: "an existing public DNS zone serving the domain, such as example.com; empty: create the A record yourself",
      optional: true, default: [], remembered: [.tfvars("dns_zone")],
      validate: { raw throws(ValidationError) in try AzureValidation.dnsZone(raw) }),
    Question(
      Q.dnsResourceGroup, valueName: "group", prompt: "Resource group of the DNS zone",
      hint: "the resource group that holds the DNS zone", optional: true, default: [],
      remembered: [.tfvars("dns_resource_group")], requires: Q.dnsZone, askedAfter: Q.dnsZone, requiredWhenAsked: true,
      validate: { raw throws(ValidationError) in try AzureValidation.resourceGroup(raw) }),
    CoreQuestions.workloadQuestion,
    CoreQuestions.environmentQuestion,
    Question(
      Q.nodeSize, valueName: "size", prompt: "AKS node VM size",
      hint: "AKS node VM size (wins over --workload and the size preset)", optional: true, default: [],
      remembered: [.regenerateCommand], isAsked: false, validate: { raw throws(ValidationError) in try AzureValidation.vmSize(raw) }),
    Question(
      Q.databaseSKU, valueName: "sku", prompt: "MySQL flexible server SKU",
      hint: "MySQL flexible server SKU (wins over --workload and the size preset)", optional: true, default: [],
      remembered: [.regenerateCommand], isAsked: false,
      validate: { raw throws(ValidationError) in try AzureValidation.databaseSKU(raw) }),
    Question(
      Q.backend, .choice(["azurerm"]), valueName: "kind", prompt: "Remote state backend", hint: "remote state backend",
      optional: true, default: [], remembered: [.backendType("azurerm")], isAsked: false),
    Question(
      Q.stateStorageAccount, valueName: "account", prompt: "Storage account for the Terraform state",
      hint: "an existing storage account keeps the state safe, shared and locked; empty keeps a local state file (trials only)",
      optional: true, default: [], remembered: [.backendArgument(type: "azurerm", name: "storage_account_name")],
      requiredWhen: (Q.backend, "azurerm"),
      validate: { raw throws(ValidationError) in try AzureValidation.storageAccount(raw) }),
    Question(
      Q.stateResourceGroup, valueName: "group", prompt: "Resource group of the state storage account",
      hint: "the resource group that holds the state storage account", optional: true, default: [],
      remembered: [.backendArgument(type: "azurerm", name: "resource_group_name")], requires: Q.stateStorageAccount,
      askedAfter: Q.stateStorageAccount, requiredWhenAsked: true, validate: { raw throws(ValidationError) in try AzureValidation.resourceGroup(raw) }),
    Question(
      Q.stateContainer, valueName: "container", prompt: "Blob container of the state",
      hint: "an existing blob container in the state storage account", default: ["tfstate"],
      remembered: [.backendArgument(type: "azurerm", name: "container_name")], requires: Q.stateStorageAccount,
      validate: { raw throws(ValidationError) in try AzureValidation.container(raw) }),
    Question(
      Q.stateKey, valueName: "key", prompt: "Blob name of the state", hint: "blob name of the state",
      default: ["wandb.tfstate"], remembered: [.backendArgument(type: "azurerm", name: "key")], isAsked: false,
      requires: Q.stateStorageAccount, validate: { raw throws(ValidationError) in try AzureValidation.stateKey(raw) }),
  ]

  /// The sample answers of `init --example`.
  static let exampleAnswers: [String: [String]] = [
    CoreQuestions.namespace: ["wandb-example"], CoreQuestions.domainName: ["example.com"],
    CoreQuestions.subdomain: ["wandb"], Q.subscription: ["00000000-0000-0000-0000-000000000000"],
    Q.location: ["eastus"], CoreQuestions.allowedCIDR: ["198.51.100.0/24"],
  ]
}
