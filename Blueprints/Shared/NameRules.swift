extension StringProtocol {
  /// Whether the first and the last character are letters or digits, as Cloud Storage
  /// bucket names and the Kubernetes line's bucket and object names must (an empty
  /// string does not).
  var startsAndEndsAlphanumeric: Bool {
    guard let first, let last else { return false }
    return (first.isLetter || first.isNumber) && (last.isLetter || last.isNumber)
  }
}
