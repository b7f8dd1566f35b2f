/// ANSI styling that turns itself off when colour is not wanted.
struct Style {
  /// Whether to emit escape codes.
  let enabled: Bool

  /// Colour only on a terminal, never with `NO_COLOR` (any value) or `TERM=dumb`;
  /// `--color` / `--no-color` win.
  static func decide(isTerminal: Bool, environment: [String: String], override: Bool?) -> Style {
    if let override { return Style(enabled: override) }
    if environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return Style(enabled: false) }
    return Style(enabled: isTerminal)
  }

  private func wrap(_ code: String, _ text: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  func bold(_ text: String) -> String { wrap("1", text) }
  func red(_ text: String) -> String { wrap("1;31", text) }
  func yellow(_ text: String) -> String { wrap("1;33", text) }
  func green(_ text: String) -> String { wrap("32", text) }
  func dim(_ text: String) -> String { wrap("2", text) }
  func cyan(_ text: String) -> String { wrap("36", text) }
}
