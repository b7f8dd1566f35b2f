import HCL

/// Turns validated answers into the files of a blueprint: documents rendered
/// through the formatter, so every `.tf`/`.tfvars` file is fmt-clean.
public enum Scaffolder {
  /// A blueprint produced HCL that does not parse (a defect in the blueprint).
  public struct RenderFailure: Error, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The underlying error.
    public var error: RenderError
    /// `path: message`.
    public var description: String { "\(path): \(error)" }
  }

  /// The pins in effect: the blueprint's defaults overridden by `answers.pins`.
  ///
  /// An S3 backend that locks with a lock file (`use_lockfile`) needs Terraform
  /// 1.10; the blueprint's default Terraform pin is raised to that floor then.
  public static func pins(for blueprint: any Blueprint, answers: Answers) -> [PinKey: String] {
    var pins = blueprint.defaultPins.merging(answers.pins.filter { blueprint.defaultPins[$0.key] != nil }) { _, new in new }
    if answers.usesLockFile, answers.pins[.terraform] == nil, let current = pins[.terraform],
      allowsTerraformWithoutLockFile(current)
    {
      pins[.terraform] = ">= 1.10, < 2.0"
    }
    return pins
  }

  /// Whether a Terraform constraint admits releases older than 1.10, whose S3
  /// backend rejects `use_lockfile`.
  public static func allowsTerraformWithoutLockFile(_ constraint: String) -> Bool {
    guard let pin = try? VersionConstraint(constraint), let older = try? VersionConstraint("< 1.10.0") else { return false }
    return pin.overlaps(older)
  }

  /// Renders every file of `blueprint` for `answers`, in the blueprint's order.
  public static func generate(_ answers: Answers, with blueprint: any Blueprint) throws(RenderFailure)
    -> [GeneratedFile]
  {
    var files: [GeneratedFile] = []
    for planned in blueprint.render(answers, pins: pins(for: blueprint, answers: answers)) {
      let text: String
      switch planned.content {
      case .hcl(let document):
        do {
          text = try document.render()
        } catch {
          throw RenderFailure(path: planned.path, error: error)
        }
      case .text(let plain):
        text = plain
      }
      files.append(GeneratedFile(path: planned.path, contents: text, isSecret: planned.isSecret))
    }
    let readme = GeneratedReadme.markdown(
      DeploymentSummary(answers: answers, blueprint: blueprint), files: files.map(\.path) + ["README.md"],
      appBlueprint: blueprint.uses.contains(.wandbVersion),
      command: EquivalentCommand.line(answers: answers, directory: "."))
    files.append(GeneratedFile(path: "README.md", contents: readme, isSecret: false))
    return files
  }
}
