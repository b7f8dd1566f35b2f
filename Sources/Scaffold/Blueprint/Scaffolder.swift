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

  /// The pins in effect for `answers`, as the blueprint decides them.
  public static func pins(for blueprint: any Blueprint, answers: Answers) -> [PinKey: String] {
    blueprint.pins(for: answers)
  }

  /// Whether a Terraform constraint admits releases older than `version`.
  public static func admitsTerraform(olderThan version: String, _ constraint: String) -> Bool {
    guard let pin = try? VersionConstraint(constraint), let older = try? VersionConstraint("< \(version)") else { return false }
    return pin.overlaps(older)
  }

  /// Renders every file of `blueprint` for `answers`, in the blueprint's order.
  public static func generate(_ answers: Answers, with blueprint: any Blueprint) throws(RenderFailure)
    -> [GeneratedFile]
  {
    var files: [GeneratedFile] = []
    let pins = pins(for: blueprint, answers: answers)
    for planned in blueprint.render(answers, pins: pins) {
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
      blueprint.describe(answers, pins: pins), files: files.map(\.path) + [GeneratedReadme.path],
      command: EquivalentCommand.line(answers: answers, blueprint: blueprint, directory: "."))
    files.append(GeneratedFile(path: GeneratedReadme.path, contents: readme, isSecret: false))
    return files
  }
}
