import HCL

/// Unvalidated answers from one source, by question.
public struct RawAnswers: Sendable, Equatable {
  /// Values per question; list questions may hold several.
  public var values: [Question.Key: [String]]

  /// Makes raw answers.
  public init(_ values: [Question.Key: [String]] = [:]) { self.values = values }

  /// The single value for `key`, if given.
  public subscript(key: Question.Key) -> String? {
    get { values[key]?.last }
    set { values[key] = newValue.map { [$0] } }
  }
}

/// A value that failed validation, with where it came from.
public struct AnswerProblem: Sendable, Equatable, CustomStringConvertible {
  /// The question.
  public var key: Question.Key
  /// Where the value came from: a flag, an environment variable or a file.
  public var source: String
  /// What is wrong.
  public var message: String

  /// `The value for '--namespace' is invalid: ...`.
  public var description: String { "invalid value for '\(source)': \(message)" }
}

/// The outcome of merging the sources.
public struct AnswerResolution: Sendable {
  /// The answers, when nothing is missing or invalid.
  public var answers: Answers?
  /// Invalid values.
  public var problems: [AnswerProblem]
  /// Questions nobody answered (and which have no default).
  public var missing: [Question]
}

/// Merges flags/environment (explicit), an existing terraform.tfvars (remembered)
/// and the blueprint's defaults, validating every value with the same rules.
public enum AnswerResolver {
  /// The default answer of `key` for `blueprint`, if it has one.
  public static func defaultValue(_ key: Question.Key, for blueprint: any Blueprint) -> [String]? {
    switch key {
    case .eksClusterVersion: return [blueprint.defaultEKSVersion]
    case .wandbVersion: return ["latest"]
    case .size: return ["small"]
    case .redis: return ["true"]
    case .sqs: return ["false"]
    case .subdomain: return [""]
    case .allowedIPv6CIDR: return []
    case .eksAPICIDR: return ["0.0.0.0/0"]
    default: return nil
    }
  }

  /// Resolves every question that applies to `blueprint`.
  ///
  /// - Parameters:
  ///   - explicit: values from flags and environment variables, with `sources`
  ///     naming where each came from (for messages).
  ///   - remembered: values from an existing terraform.tfvars, used as defaults.
  ///   - pins: version pins from flags, validated here too.
  public static func resolve(
    explicit: RawAnswers, sources: [Question.Key: String] = [:], remembered: RawAnswers = RawAnswers(),
    blueprint: any Blueprint, pins: [PinKey: String] = [:]
  ) -> AnswerResolution {
    var problems: [AnswerProblem] = []
    var missing: [Question] = []
    var resolved: [Question.Key: [String]] = [.blueprint: [blueprint.id]]
    for question in Questions.all where question.key != .blueprint && Questions.applies(question.key, to: blueprint) {
      let fromExplicit = explicit.values[question.key]
      let raw = fromExplicit ?? remembered.values[question.key] ?? defaultValue(question.key, for: blueprint)
      guard let raw else {
        missing.append(question)
        continue
      }
      let source =
        fromExplicit != nil
        ? (sources[question.key] ?? question.flag) : (remembered.values[question.key] != nil ? "terraform.tfvars" : "default")
      do {
        if question.isList {
          resolved[question.key] = try question.validateList(raw)
        } else {
          resolved[question.key] = [try question.validate(raw.last ?? "")]
        }
      } catch {
        problems.append(AnswerProblem(key: question.key, source: source, message: error.message))
      }
    }
    var validPins: [PinKey: String] = [:]
    for (key, value) in pins.sorted(by: { $0.key < $1.key }) {
      guard blueprint.defaultPins[key] != nil else {
        problems.append(
          AnswerProblem(key: .blueprint, source: key.flag, message: "blueprint \(blueprint.id) has no \(key) pin"))
        continue
      }
      do {
        validPins[key] = try AnswerValidation.constraint(value, dialect: key.dialect)
      } catch {
        problems.append(AnswerProblem(key: .blueprint, source: key.flag, message: error.message))
      }
    }
    guard problems.isEmpty, missing.isEmpty else {
      return AnswerResolution(answers: nil, problems: problems, missing: missing)
    }
    func one(_ key: Question.Key) -> String { resolved[key]?.first ?? "" }
    let answers = Answers(
      blueprint: blueprint.id, namespace: one(.namespace), domainName: one(.domainName),
      subdomain: one(.subdomain).isEmpty ? nil : one(.subdomain), zoneID: one(.zoneID), region: one(.region),
      allowedCIDRs: resolved[.allowedCIDR] ?? [], allowedIPv6CIDRs: resolved[.allowedIPv6CIDR] ?? [],
      eksAPICIDRs: resolved[.eksAPICIDR] ?? ["0.0.0.0/0"], eksClusterVersion: one(.eksClusterVersion),
      wandbVersion: Questions.applies(.wandbVersion, to: blueprint) ? one(.wandbVersion) : nil,
      size: Questions.applies(.size, to: blueprint) ? one(.size) : nil, license: one(.license),
      redis: one(.redis) == "true", sqs: one(.sqs) == "true", pins: validPins)
    return AnswerResolution(answers: answers, problems: [], missing: [])
  }

  /// Values remembered in existing files of the target directory: terraform.tfvars
  /// and the secrets file, read with the HCL engine. Unparseable files give nothing.
  public static func remembered(tfvars: [UInt8]?, secrets: [UInt8]?) -> RawAnswers {
    var raw = RawAnswers()
    for source in [tfvars, secrets].compactMap({ $0 }) {
      let tree = SyntaxTree(source)
      guard tree.isValid else { continue }
      for attribute in tree.body.attributes {
        guard let question = Questions.all.first(where: { $0.tfvarsName == attribute.name }),
          let value = tree.constantValue(of: attribute.expression)
        else { continue }
        switch value {
        case .string(let s): raw.values[question.key] = [s]
        case .list(let items):
          raw.values[question.key] = items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
        default: continue
        }
      }
    }
    return raw
  }
}
