import HCL
import Scaffold

/// `size` set to a key that is not one of the module's presets. The aws and
/// google modules declare `size` without a validation block and look it up in a
/// map of presets, so a wrong key (`"Large"`, `"medium "`) passes `validate`
/// and fails only when the plan reads the map.
///
/// A value is followed through `var.name` to the tfvars value that sets it, and
/// reported where it is written.
struct SizePresetCheck: CheckRule {
  /// The modules whose `size` input takes the presets.
  let modules: [String]

  func check(_ context: CheckContext, findings: inout FindingList) {
    for module in modules {
      for (call, _, resolution) in context.calls(to: module) where resolution.interface?.declaresInput("size") == true {
        guard let (value, file, token) = context.writtenValue("size", of: call), case .string(let text) = value,
          !AnswerValidation.sizes.contains(text)
        else { continue }
        findings.add(
          .moduleArgumentValue, .error, in: file, at: token,
          "\(call.name): size \"\(text)\" is not a preset of the module; the plan fails when it looks the size up",
          hint: NameSuggestion.hint(for: text, in: AnswerValidation.sizes)
            ?? "use one of \(AnswerValidation.sizes.joined(separator: ", "))")
      }
    }
  }
}
