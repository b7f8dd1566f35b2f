/// Unvalidated answers from one source, by question id.
public struct RawAnswers: Sendable, Equatable {
  /// Values per question id; list questions may hold several.
  public var values: [String: [String]]

  /// Makes raw answers.
  public init(_ values: [String: [String]] = [:]) { self.values = values }

  /// The single value for `id`, if given.
  public subscript(id: String) -> String? {
    get { values[id]?.last }
    set { values[id] = newValue.map { [$0] } }
  }
}

/// A value that failed validation, with where it came from.
public struct AnswerProblem: Sendable, Equatable, CustomStringConvertible {
  /// The question id.
  public var question: String
  /// Where the value came from: a flag, an environment variable or a file.
  public var source: String
  /// What is wrong.
  public var message: String

  /// Makes a problem.
  public init(question: String, source: String, message: String) {
    self.question = question
    self.source = source
    self.message = message
  }

  /// `invalid value for '--namespace': ...`.
  public var description: String { "invalid value for '\(source)': \(message)" }
}

/// The outcome of merging the sources.
public struct AnswerResolution: Sendable {
  /// The answers, when nothing is missing or invalid.
  public var answers: Answers?
  /// Invalid values, all of them (not only the first).
  public var problems: [AnswerProblem]
  /// Questions nobody answered (and which have no default).
  public var missing: [Question]
}

/// Merges flags/environment (explicit), what an existing directory holds
/// (remembered) and the blueprint's defaults, validating every value with its
/// question's validator, then lets the blueprint complete the answers.
public enum AnswerResolver {
  /// Resolves every question of `blueprint`.
  ///
  /// - Parameters:
  ///   - explicit: values from flags, environment variables and the wizard, with
  ///     `sources` naming where each came from (for messages).
  ///   - remembered: values an existing directory holds, used as defaults.
  ///   - pins: version pins from flags, validated here too.
  public static func resolve(
    explicit: RawAnswers, sources: [String: String] = [:], remembered: RawAnswers = RawAnswers(),
    blueprint: any Blueprint, pins: [PinKey: String] = [:]
  ) -> AnswerResolution {
    var problems: [AnswerProblem] = []
    var missing: [Question] = []
    var resolved: [String: [String]] = [:]
    let questions = blueprint.questions
    for question in questions {
      let given = explicit.values[question.id]
      let source =
        given != nil
        ? (sources[question.id] ?? question.flag) : (remembered.values[question.id] != nil ? "the existing files" : "default")
      if let needed = question.requires, resolved[needed]?.isEmpty ?? true {
        if given != nil, let other = questions.first(where: { $0.id == needed }) {
          problems.append(AnswerProblem(question: question.id, source: source, message: "\(question.flag) needs \(other.flag)"))
        }
        continue
      }
      let requiredNow = question.requiredWhen.map { resolved[$0.question]?.last == $0.value } ?? false
      let raw = given ?? remembered.values[question.id] ?? (requiredNow ? nil : question.defaultValue)
      guard let raw else {
        if requiredNow || question.defaultValue == nil { missing.append(question) }
        continue
      }
      do {
        resolved[question.id] = try question.validateAnswer(raw)
      } catch {
        problems.append(AnswerProblem(question: question.id, source: source, message: error.message))
      }
    }
    var validPins: [PinKey: String] = [:]
    for (key, value) in pins.sorted(by: { $0.key < $1.key }) {
      let flag = blueprint.pinFlag(key)
      guard blueprint.defaultPins[key] != nil else {
        problems.append(AnswerProblem(question: flag, source: flag, message: "blueprint \(blueprint.id) has no \(blueprint.pinLabel(key)) pin"))
        continue
      }
      do {
        validPins[key] = try AnswerValidation.constraint(value, dialect: key.dialect)
      } catch {
        problems.append(AnswerProblem(question: flag, source: flag, message: error.message))
      }
    }
    guard problems.isEmpty, missing.isEmpty else {
      return AnswerResolution(answers: nil, problems: problems, missing: missing)
    }
    var answers = Answers(blueprint: blueprint.id, values: resolved, pins: validPins)
    let explicitIDs = Set(explicit.values.keys)
    problems += blueprint.complete(&answers, explicit: explicitIDs)
    guard problems.isEmpty else { return AnswerResolution(answers: nil, problems: problems, missing: []) }
    return AnswerResolution(answers: answers, problems: [], missing: [])
  }
}
