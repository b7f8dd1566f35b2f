extension TypeConstraint {
  /// Whether every value of type `source` may convert to this type, judged from the
  /// types alone (for `argument = var.name`, where the value is not known).
  ///
  /// Lenient where only the value can tell: a string may spell a number, a list
  /// may have the length a tuple needs, a map may have the keys an object needs,
  /// and `any` on either side always passes.
  ///
  /// - Returns: `nil` when a conversion may succeed, else why it cannot.
  public func conversionProblem(from source: TypeConstraint) -> String? {
    if self == .any || source == .any || self == source { return nil }
    switch self {
    case .string, .number, .bool:
      guard source.isPrimitive else { return "\(friendlyName) required" }
      // string <-> number and string <-> bool convert; number <-> bool never does.
      if self == .string || source == .string { return nil }
      return "\(friendlyName) required"
    case .list(let element), .set(let element):
      let noun = isSet ? "set" : "list"
      switch source {
      case .list(let other), .set(let other):
        return element.conversionProblem(from: other).map { "incorrect \(noun) element type: \($0)" }
      case .tuple(let others):
        for (i, other) in others.enumerated() {
          if let problem = element.conversionProblem(from: other) { return "element \(i): \(problem)" }
        }
        return nil
      default:
        return "\(friendlyName) required"
      }
    case .map(let element):
      switch source {
      case .map(let other):
        return element.conversionProblem(from: other).map { "incorrect map element type: \($0)" }
      case .object(let attributes):
        for attribute in attributes {
          if let problem = element.conversionProblem(from: attribute.type) {
            return "element \"\(attribute.name)\": \(problem)"
          }
        }
        return nil
      default:
        return "\(friendlyName) required"
      }
    case .tuple(let elements):
      switch source {
      case .tuple(let others):
        guard others.count == elements.count else { return "tuple of \(elements.count) elements required" }
        for (i, (element, other)) in zip(elements, others).enumerated() {
          if let problem = element.conversionProblem(from: other) { return "element \(i): \(problem)" }
        }
        return nil
      case .list(let other), .set(let other):
        for (i, element) in elements.enumerated() {
          if let problem = element.conversionProblem(from: other) { return "element \(i): \(problem)" }
        }
        return nil
      default:
        return "tuple required"
      }
    case .object(let attributes):
      switch source {
      case .object(let others):
        var given: [String: TypeConstraint] = [:]
        for other in others { given[other.name] = other.type }
        let missing = attributes.filter { !$0.isOptional && given[$0.name] == nil }.map(\.name)
        if let first = missing.sorted().first {
          return missing.count == 1
            ? "attribute \"\(first)\" is required"
            : "attributes " + missing.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + " are required"
        }
        for attribute in attributes {
          guard let other = given[attribute.name] else { continue }
          if let problem = attribute.type.conversionProblem(from: other) {
            return "attribute \"\(attribute.name)\": \(problem)"
          }
        }
        return nil
      case .map(let other):
        for attribute in attributes {
          if let problem = attribute.type.conversionProblem(from: other) {
            return "attribute \"\(attribute.name)\": \(problem)"
          }
        }
        return nil
      default:
        return "object required"
      }
    case .any:
      return nil
    }
  }

  private var isSet: Bool {
    if case .set = self { return true }
    return false
  }
}
