import HCL
import Testing

@testable import Blueprints
@testable import Scaffold

/// The Azure line's validators, each with the fix it suggests.
@Suite struct AzureValidationTests {
  func message(_ body: () throws -> String) -> String {
    do {
      return "accepted \(try body())"
    } catch let error as ValidationError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test func subscriptionsAndLocations() throws {
    #expect(
      try AzureValidation.subscriptionID(" 0AAA0000-1111-2222-3333-444444444444 ") == "0aaa0000-1111-2222-3333-444444444444")
    #expect(
      message { try AzureValidation.subscriptionID("/subscriptions/0aaa0000-1111-2222-3333-444444444444") }
        .contains("is a resource id"))
    for bad in ["0aaa0000111122223333444444444444", "0aaa0000-1111-2222-3333-44444444444", "zaaa0000-1111-2222-3333-444444444444"] {
      #expect(throws: ValidationError.self, "\(bad)") { try AzureValidation.subscriptionID(bad) }
    }
    #expect(try AzureValidation.location("westeurope") == "westeurope")
    #expect(message { try AzureValidation.location("East US 2") } == "'East US 2' is a display name; the location name is 'eastus2'")
    #expect(throws: ValidationError.self) { try AzureValidation.location("us-east-1") }
    #expect(AzureValidation.unknownLocation("eastus") == nil)
    #expect(AzureValidation.unknownLocation("marscentral")?.contains("not an Azure location known") == true)
  }

  @Test func namesOfStorageAndGroups() throws {
    #expect(try AzureValidation.storageAccount("acmetfstate") == "acmetfstate")
    #expect(message { try AzureValidation.storageAccount("acme.blob.core.windows.net") }.contains("name: 'acme'"))
    for bad in ["ab", "acme-state", "AcmeState", String(repeating: "a", count: 25)] {
      #expect(throws: ValidationError.self, "\(bad)") { try AzureValidation.storageAccount(bad) }
    }
    #expect(try AzureValidation.container("tf-state") == "tf-state")
    for bad in ["tf", "-state", "tf--state", "TFState"] {
      #expect(throws: ValidationError.self, "\(bad)") { try AzureValidation.container(bad) }
    }
    #expect(try AzureValidation.resourceGroup("rg-dns_(prod).1") == "rg-dns_(prod).1")
    #expect(throws: ValidationError.self) { try AzureValidation.resourceGroup("rg.") }
    #expect(try AzureValidation.stateKey("teams/ml/wandb.tfstate") == "teams/ml/wandb.tfstate")
    #expect(try AzureValidation.dnsZone("example.com.") == "example.com")
  }

  @Test func vmSizesAndDatabaseSKUs() throws {
    #expect(try AzureValidation.vmSize("Standard_E16s_v5") == "Standard_E16s_v5")
    #expect(message { try AzureValidation.vmSize("MO_Standard_E8ds_v4") }.contains("is a MySQL flexible server SKU"))
    #expect(throws: ValidationError.self) { try AzureValidation.vmSize("n2-highmem-8") }
    #expect(try AzureValidation.databaseSKU("GP_Standard_D4ds_v4") == "GP_Standard_D4ds_v4")
    #expect(message { try AzureValidation.databaseSKU("Standard_E8ds_v4") }.contains("like 'MO_Standard_E8ds_v4'"))
    #expect(throws: ValidationError.self) { try AzureValidation.databaseSKU("db-n1-highmem-8") }
  }

  @Test func theNamespaceFitsTheStorageAccountName() throws {
    let namespace = try #require(AzureLine.questions.first { $0.id == CoreQuestions.namespace })
    #expect(try namespace.validator("wandb-prod-eu") == "wandb-prod-eu")
    #expect(message { try namespace.validator(String(repeating: "a", count: 18)) }.contains("at most 17"))
    #expect(AzureSummary.storageAccountName("wandb-prod-eu") == "wandbprodeustorage")
  }

  @Test func pairedAnswersNeedTheirResourceGroups() throws {
    let blueprint = AzureV7Blueprint()
    var raw: [String: [String]] = [
      "namespace": ["wandb"], "domain-name": ["example.com"], "subscription-id": ["00000000-1111-2222-3333-444444444444"],
      "location": ["eastus"], "allowed-cidr": ["0.0.0.0/0"], "license-file": ["LICENSE0123456789abcdefghij"],
      "dns-zone": ["example.com"], "state-storage-account": ["acmetfstate"],
    ]
    let refused = AnswerResolver.resolve(explicit: RawAnswers(raw), blueprint: blueprint)
    #expect(
      refused.problems.map(\.message) == [
        "--dns-zone needs --dns-resource-group: the A record is written into the zone, which Azure finds by its resource group",
        "--state-storage-account needs --state-resource-group: the azurerm backend looks up the account's access key in its resource group",
      ])
    raw["dns-resource-group"] = ["dns"]
    raw["state-resource-group"] = ["tfstate"]
    let answers = try #require(AnswerResolver.resolve(explicit: RawAnswers(raw), blueprint: blueprint).answers)
    #expect(answers.azurermBackend == AzurermBackend(resourceGroup: "tfstate", storageAccount: "acmetfstate", container: "tfstate", key: "wandb.tfstate"))
    #expect(answers.string(AzureLine.Q.backend) == "azurerm")
  }
}

/// The line's own rules and the shared ones, on configurations calling the azurerm module.
@Suite struct AzureCheckTests {
  func findings(_ arguments: String, database: String? = "  database_version = \"8.0.21\"") throws -> [String] {
    AWSCheckFixture.locations(
      try AWSCheckFixture.check([
        "main.tf": """
          module "wandb" {
            source      = "wandb/wandb/azurerm"
            version     = "~> 7.0"
            namespace   = "w"
            location    = "eastus"
            license     = "l"
            domain_name = "example.com"
          \(database ?? "")
          \(arguments)
          }

          """
      ]))
  }

  @Test func mysqlFiveSevenIsFlaggedLeftOrWritten() throws {
    #expect(try findings("").isEmpty)
    #expect(try findings("", database: nil) == ["main.tf:1:1 unsupported-database-version"])
    #expect(try findings("", database: "  database_version = \"5.7\"") == ["main.tf:8:22 unsupported-database-version"])
    #expect(try findings("", database: "  database_version = \"8.0\"") == ["main.tf:8:22 module-argument-value"])
    #expect(try findings("", database: "  database_version = \"8.4\"").isEmpty)
  }

  @Test func theMessageSaysWhyAndWhatToWrite() throws {
    let found = try AWSCheckFixture.check([
      "main.tf": "module \"wandb\" {\n  source = \"wandb/wandb/azurerm\"\n  version = \"7.9.2\"\n  namespace = \"w\"\n  location = \"eastus\"\n  license = \"l\"\n}\n"
    ]).filter { $0.rule == .unsupportedDatabaseVersion }
    #expect(found.first?.message == "module \"wandb\": database_version is not set, so wandb/wandb/azurerm 7.9.2 creates MySQL 5.7, which W&B Server does not support")
    #expect(found.first?.hint == "set database_version = \"8.0.21\" (MySQL 8.0) in the module block")
  }

  @Test func operatorIgnoresTheVersionInputsAndSizeMustBeAPreset() throws {
    #expect(try findings("  wandb_version = \"0.60.0\"") == ["main.tf:9:3 ineffective-module-argument"])
    #expect(try findings("  size = \"Small\"") == ["main.tf:9:10 module-argument-value"])
  }
}
