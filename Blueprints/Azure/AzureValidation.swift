import Scaffold

/// The values the Azure line accepts beyond the shared ones, each checked the way
/// Azure names them, with a message that names the fix.
enum AzureValidation {
  /// A subscription id: a GUID such as `00000000-1111-2222-3333-444444444444`
  /// (written lowercase; Azure compares GUIDs without regard to case).
  static func subscriptionID(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks.lowercased()
    let groups = value.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
    guard groups == [8, 4, 4, 4, 12], value.allSatisfy({ $0 == "-" || $0.isHexDigit }) else {
      if value.hasPrefix("/subscriptions/") {
        throw ValidationError("'\(raw)' is a resource id; give the subscription id alone (the GUID after /subscriptions/)")
      }
      throw ValidationError(
        "'\(raw)' is not a subscription id: a GUID like 00000000-1111-2222-3333-444444444444 (`az account show --query id`)")
    }
    return value
  }

  /// A location (region) name as Azure writes it in resource definitions: `eastus`,
  /// `westeurope`. The display form `East US` is refused with the name to use.
  static func location(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    let name = String(value.lowercased().filter { !$0.isWhitespace })
    if value != name, isLocationName(name) {
      throw ValidationError("'\(raw)' is a display name; the location name is '\(name)'")
    }
    guard isLocationName(value) else {
      throw ValidationError("'\(raw)' is not an Azure location name like 'eastus' or 'westeurope' (`az account list-locations -o table`)")
    }
    return value
  }

  /// Why a well-formed location is not one this version of wbscaffold knows.
  static func unknownLocation(_ value: String) -> String? {
    knownLocations.contains(value)
      ? nil : "'\(value)' is not an Azure location known to wbscaffold; check it with `az account list-locations -o table`"
  }

  /// Azure public-cloud locations (the `name` column of `az account list-locations`).
  static let knownLocations: Set<String> = [
    "australiacentral", "australiacentral2", "australiaeast", "australiasoutheast", "austriaeast", "belgiumcentral",
    "brazilsouth", "brazilsoutheast", "canadacentral", "canadaeast", "centralindia", "centralus", "chilecentral",
    "denmarkeast", "eastasia", "eastus", "eastus2", "francecentral", "francesouth", "germanynorth", "germanywestcentral",
    "indonesiacentral", "israelcentral", "italynorth", "japaneast", "japanwest", "koreacentral", "koreasouth",
    "malaysiawest", "mexicocentral", "newzealandnorth", "northcentralus", "northeurope", "norwayeast", "norwaywest",
    "polandcentral", "qatarcentral", "southafricanorth", "southafricawest", "southcentralus", "southeastasia",
    "southindia", "spaincentral", "swedencentral", "switzerlandnorth", "switzerlandwest", "uaecentral", "uaenorth",
    "uksouth", "ukwest", "westcentralus", "westeurope", "westindia", "westus", "westus2", "westus3",
  ]

  /// A resource group name: 1 to 90 letters, digits, `-`, `_`, `.` and
  /// parentheses, not ending with a period.
  static func resourceGroup(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    let allowed = value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.()".contains($0)) }
    guard (1...90).contains(value.count), allowed, !value.hasSuffix(".") else {
      throw ValidationError(
        "'\(raw)' is not a resource group name: 1 to 90 letters, digits, '-', '_', '.' and parentheses, not ending with '.'")
    }
    return value
  }

  /// A storage account name: 3 to 24 lowercase letters and digits.
  static func storageAccount(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value.hasSuffix(".blob.core.windows.net") {
      throw ValidationError("'\(raw)' is an endpoint; give the storage account name: '\(value.prefix { $0 != "." })'")
    }
    guard (3...24).contains(value.count), value.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) else {
      throw ValidationError("'\(raw)' is not a storage account name: 3 to 24 lowercase letters and digits, no '-'")
    }
    return value
  }

  /// A blob container name: 3 to 63 lowercase letters, digits and single hyphens,
  /// starting and ending with a letter or digit.
  static func container(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    let allowed = value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    guard (3...63).contains(value.count), allowed, value.first != "-", value.last != "-", !value.contains("--") else {
      throw ValidationError(
        "'\(raw)' is not a container name: 3 to 63 lowercase letters, digits and single '-', starting and ending with a letter or digit")
    }
    return value
  }

  /// The state blob's name in the container, such as `wandb.tfstate`.
  static func stateKey(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty, value.count <= 1024, !value.hasPrefix("/"), !value.hasSuffix("/"), !value.contains(" ") else {
      throw ValidationError("'\(raw)' is not a blob name like 'wandb.tfstate' or 'teams/ml/wandb.tfstate'")
    }
    return value
  }

  /// An AKS node VM size such as `Standard_E16s_v5`.
  static func vmSize(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value.hasPrefix("MO_") || value.hasPrefix("GP_") || value.hasPrefix("B_") {
      throw ValidationError("'\(raw)' is a MySQL flexible server SKU; a node VM size looks like 'Standard_E16s_v5'")
    }
    guard value.hasPrefix("Standard_"), value.count > 9, isSKUText(value) else {
      throw ValidationError("'\(raw)' is not an Azure VM size like 'Standard_E16s_v5' (`az vm list-sizes -l LOCATION`)")
    }
    return value
  }

  /// A MySQL flexible server SKU such as `MO_Standard_E8ds_v4`: tier prefix `B_`
  /// (burstable), `GP_` (general purpose) or `MO_` (memory optimised), then the VM size.
  static func databaseSKU(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value.hasPrefix("Standard_"), isSKUText(value) {
      throw ValidationError(
        "'\(raw)' is a VM size; a MySQL flexible server SKU adds the tier, like 'MO_\(value)' (memory optimised)")
    }
    guard ["B_Standard_", "GP_Standard_", "MO_Standard_"].contains(where: value.hasPrefix), isSKUText(value) else {
      throw ValidationError("'\(raw)' is not a MySQL flexible server SKU like 'MO_Standard_E8ds_v4'")
    }
    return value
  }

  /// An Azure DNS zone name: the domain it serves, such as `example.com`.
  static func dnsZone(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value.hasSuffix(".") { return try dnsZone(String(value.dropLast())) }
    return try AnswerValidation.domainName(value)
  }

  /// Lowercase letters and digits, starting with a letter (`eastus2`).
  private static func isLocationName(_ value: String) -> Bool {
    guard let first = value.first, first.isASCII, first.isLowercase, (4...30).contains(value.count) else { return false }
    return value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
  }

  /// Letters, digits and `_`.
  private static func isSKUText(_ value: String) -> Bool {
    value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
  }
}
