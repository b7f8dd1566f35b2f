import Scaffold

/// The values the Google line accepts beyond the shared ones, each checked the
/// way Google Cloud names them, with a message that names the fix.
enum GoogleValidation {
  /// A project id such as `acme-ml-prod`: 6 to 30 lowercase letters, digits and
  /// hyphens, starting with a letter and not ending with a hyphen.
  static func projectID(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }) {
      throw ValidationError(
        "'\(raw)' looks like a project number; give the project id (the ID column of `gcloud projects list`)")
    }
    if value != value.lowercased(), (try? projectID(value.lowercased())) != nil {
      throw ValidationError("'\(raw)' must be lowercase: '\(value.lowercased())'")
    }
    guard (6...30).contains(value.count) else {
      throw ValidationError("'\(raw)' is \(value.count) characters; a project id has 6 to 30")
    }
    guard isName(value) else {
      throw ValidationError(
        "'\(raw)' is not a project id: lowercase letters, digits and '-', starting with a letter and not ending with '-'")
    }
    return value
  }

  /// A region such as `us-central1` or `northamerica-northeast1`.
  static func region(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if isRegion(value) { return value }
    let lower = value.lowercased()
    if lower != value, isRegion(lower) { throw ValidationError("'\(raw)' must be lowercase: '\(lower)'") }
    if let (region, _) = splitZone(lower) {
      throw ValidationError("'\(raw)' is a zone; its region is '\(region)' (give the zone with --zone)")
    }
    // `us-east-1` is how AWS writes regions; Google Cloud writes `us-east1`.
    let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3, let last = parts.last, !last.isEmpty, last.allSatisfy({ $0.isASCII && $0.isNumber }) {
      let suggestion = "\(parts[0])-\(parts[1])\(last)"
      if isRegion(suggestion) {
        throw ValidationError("'\(raw)' is written the AWS way; the Google Cloud region is '\(suggestion)'")
      }
    }
    throw ValidationError("'\(raw)' is not a Google Cloud region like 'us-central1' or 'europe-west4'")
  }

  /// A zone such as `us-central1-a`.
  static func zone(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard splitZone(value) != nil else {
      if isRegion(value) { throw ValidationError("'\(raw)' is a region; a zone adds a letter, like '\(value)-a'") }
      throw ValidationError("'\(raw)' is not a Google Cloud zone like 'us-central1-a'")
    }
    return value
  }

  /// The region and zone letter of `zone`, if it is one.
  static func splitZone(_ zone: String) -> (region: String, letter: Character)? {
    guard let dash = zone.lastIndex(of: "-") else { return nil }
    let region = String(zone[..<dash])
    let letter = zone[zone.index(after: dash)...]
    guard isRegion(region), letter.count == 1, let c = letter.first, c.isASCII, c.isLowercase else { return nil }
    return (region, c)
  }

  /// A GKE node machine type such as `n2-highmem-8` or `custom-8-65536`.
  static func machineType(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard isName(value), value.contains("-"), !value.hasPrefix("db-") else {
      throw ValidationError("'\(raw)' is not a Compute Engine machine type like 'n2-highmem-8'")
    }
    return value
  }

  /// A Cloud SQL machine type (tier) such as `db-n1-highmem-8` or `db-custom-4-26624`.
  static func databaseTier(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard value.hasPrefix("db-"), isName(value), value.count > 3 else {
      if (try? machineType(value)) != nil {
        // Only the n1 families have db- counterparts; others are custom tiers.
        let like = value.hasPrefix("n1-") ? "'db-\(value)'" : "'db-custom-8-53248' (vCPUs and memory in MB)"
        throw ValidationError("'\(raw)' is a Compute Engine machine type; Cloud SQL tiers start with 'db-', like \(like)")
      }
      throw ValidationError("'\(raw)' is not a Cloud SQL machine type like 'db-n1-highmem-8'")
    }
    return value
  }

  /// The name of a Cloud DNS managed zone such as `example-com` (not its DNS name).
  static func managedZone(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    if value.contains(".") {
      throw ValidationError(
        "'\(raw)' is a DNS name; give the managed zone's name (the NAME column of `gcloud dns managed-zones list`)")
    }
    guard (1...63).contains(value.count), isName(value) else {
      throw ValidationError(
        "'\(raw)' is not a managed zone name: up to 63 lowercase letters, digits and '-', starting with a letter")
    }
    return value
  }

  /// A GCS bucket name for the state, as Cloud Storage names buckets.
  static func bucket(_ raw: String) throws(ValidationError) -> String {
    var value = raw.trimmingBlanks
    if value.hasPrefix("gs://") {
      value.removeFirst(5)
      throw ValidationError("'\(raw)' must be the bucket name without 'gs://': '\(value.split(separator: "/").first ?? "")'")
    }
    let allowed = value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-_.".contains($0)) }
    let ends = value.startsAndEndsAlphanumeric
    let longest = value.split(separator: ".").map(\.count).max() ?? 0
    guard allowed, ends, (3...222).contains(value.count), longest <= 63, !value.hasPrefix("goog") else {
      throw ValidationError(
        "'\(raw)' is not a Cloud Storage bucket name: 3 to 63 lowercase letters, digits, '-', '_' and '.', starting and ending with a letter or digit")
    }
    return value
  }

  /// The object prefix of the state inside the bucket, such as `wandb` or `teams/ml/wandb`.
  static func statePrefix(_ raw: String) throws(ValidationError) -> String {
    let value = raw.trimmingBlanks
    guard !value.isEmpty, !value.hasPrefix("/"), !value.hasSuffix("/"), !value.contains("//"), !value.contains(" ") else {
      throw ValidationError("'\(raw)' is not an object prefix like 'wandb' or 'teams/ml/wandb' (no leading or trailing '/')")
    }
    return value
  }

  /// `us-central1`: letters, a dash, letters ending in a number.
  static func isRegion(_ value: String) -> Bool {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
    let letters = parts[1].prefix { $0.isASCII && $0.isLowercase }
    let digits = parts[1].dropFirst(letters.count)
    return !letters.isEmpty && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen.
  private static func isName(_ value: String) -> Bool {
    guard let first = value.first, first.isASCII, first.isLowercase, value.last != "-" else { return false }
    return value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
  }
}
