/// The parts of a saved plan's JSON (`terraform show -json PLANFILE`, terraform's
/// documented JSON output format) that `plan-review` reads.
///
/// Only `resource_changes` matters; of each entry the address, module address,
/// type, name, `change.actions`, `change.replace_paths`, `action_reason` and
/// `deposed`. Unknown members are ignored, as the format asks of readers of its
/// 1.x versions; a format 2.0 or later is refused.
public struct PlanDocument: Sendable, Equatable {
  /// Why bytes are not a plan this reader can review; ``message`` completes
  /// "PATH is ..." or "PATH ...", for the CLI to print after the file name.
  public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Such as ``is not `terraform show -json` output: no format_version``.
    public var message: String
    /// Makes a failure.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
  }

  /// The JSON format version, such as `1.2`.
  public var formatVersion: String
  /// The Terraform that wrote the plan, such as `1.11.4`, when the document says.
  public var terraformVersion: String?
  /// Every destroy and replacement, sorted by address.
  public var changes: [PlannedChange]
  /// How many entries `resource_changes` has in all (creates, updates and no-ops too).
  public var resourceChangeCount: Int
  /// Whether terraform stopped planning at an error (`errored`): the plan cannot be
  /// applied, and resources after the error are missing.
  public var errored: Bool
  /// Whether the plan covers every change (`complete`); `false` when some were
  /// deferred to a later plan.
  public var complete: Bool

  /// The majors of the format this reader understands.
  static let supportedMajor = "1"

  /// Reads the JSON of a saved plan.
  public init(json bytes: [UInt8]) throws(Failure) {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      throw Failure(
        "is a saved plan file, not its JSON: run `terraform show -json <plan file> > plan.json` and review plan.json")
    }
    let root: CatalogJSON.Value
    do {
      root = try CatalogJSON.parse(bytes)
    } catch {
      throw Failure("is not JSON: \(error.description)")
    }
    let top = CatalogJSON.Node(root)
    guard case .object = root else { throw Failure("is not `terraform show -json` output: the document is not an object") }
    do {
      guard let version = try top.optional("format_version") else {
        throw Failure("is not `terraform show -json` output: no format_version")
      }
      formatVersion = try version.string()
      let major = formatVersion.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? ""
      guard major == Self.supportedMajor else {
        throw Failure("uses JSON format version \(formatVersion); this reads format versions 1.x")
      }
      terraformVersion = try top.optional("terraform_version")?.string()
      let planned = try top.optional("planned_values")
      let entries = try top.optional("resource_changes")
      guard planned != nil || entries != nil else {
        if try top.optional("values") != nil {
          throw Failure(
            "is the JSON of a state, not of a plan: run `terraform plan -out wandb.tfplan`, then `terraform show -json wandb.tfplan`")
        }
        throw Failure("is not the JSON of a plan: it has neither planned_values nor resource_changes")
      }
      errored = try top.optional("errored")?.bool() ?? false
      complete = try top.optional("complete")?.bool() ?? true
      let elements = try entries?.elements() ?? []
      resourceChangeCount = elements.count
      var changes: [PlannedChange] = []
      for element in elements {
        if let change = try Self.plannedChange(element) { changes.append(change) }
      }
      self.changes = changes.sorted()
    } catch let failure as Failure {
      throw failure
    } catch let failure as CatalogJSON.Failure {
      // A member of the wrong kind, with its key path.
      throw Failure("is not a plan this can read: \(failure.description)")
    } catch {
      throw Failure("is not a plan this can read: \(error)")
    }
  }

  /// The entry as a destroy or replacement, or `nil` for any other action.
  private static func plannedChange(_ node: CatalogJSON.Node) throws(CatalogJSON.Failure) -> PlannedChange? {
    let change = try node.required("change")
    let actions = try change.required("actions").strings()
    let effect: PlannedChange.Effect
    switch Set(actions) {
    case ["delete"]: effect = .destroyed
    case ["delete", "create"]: effect = .replaced
    default: return nil
    }
    var paths: [String] = []
    for path in try change.optional("replace_paths")?.elements() ?? [] {
      paths.append(try traversal(path))
    }
    return PlannedChange(
      address: try node.required("address").string(), moduleAddress: try node.optional("module_address")?.string(),
      type: try node.required("type").string(), name: try node.required("name").string(), effect: effect,
      actions: actions, reason: try node.optional("action_reason")?.string(), replacePaths: paths,
      deposed: try node.optional("deposed")?.string())
  }

  /// A replace path (an array of attribute names and indices) as a traversal:
  /// `["launch_template", 0, "version"]` is `launch_template[0].version`, and a
  /// map key `["tags", "Name"]` after the first step is read as an attribute.
  private static func traversal(_ node: CatalogJSON.Node) throws(CatalogJSON.Failure) -> String {
    var text = ""
    for step in try node.elements() {
      switch step.value {
      case .string(let name): text += text.isEmpty ? name : ".\(name)"
      case .number(let index): text += "[\(index)]"
      default: throw step.failure("expected an attribute name or an index, found \(step.value.kind)")
      }
    }
    return text
  }
}
