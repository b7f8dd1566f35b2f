/// Standard output or standard error.
enum OutputStream {
  case stdout, stderr
}

/// Everything the commands need from the terminal, so tests can script it.
protocol Terminal: AnyObject {
  /// Writes text to a stream as is.
  func write(_ text: String, to stream: OutputStream)
  /// Writes raw bytes to standard output (formatted files).
  func writeBytes(_ bytes: [UInt8])
  /// Shows `prompt` and reads one line without its newline; nil at end of input.
  func readLine(prompt: String) -> String?
  /// Like `readLine` but without echo; nil at end of input.
  func readSecret(prompt: String) -> String?
  /// All of standard input.
  func readStandardInput() -> [UInt8]
  /// Whether standard input is a terminal.
  var stdinIsTerminal: Bool { get }
  /// Whether a stream is a terminal.
  func isTerminal(_ stream: OutputStream) -> Bool
  /// Columns available for help text.
  var width: Int { get }
}

extension Terminal {
  /// Whether a person can be asked: standard input and output are both terminals.
  var isInteractive: Bool { stdinIsTerminal && isTerminal(.stdout) }

  /// Writes a line to standard output.
  func out(_ text: String) { write(text + "\n", to: .stdout) }

  /// Writes a line to standard error.
  func err(_ text: String) { write(text + "\n", to: .stderr) }
}

/// A terminal driven by a script, for tests: queued input, recorded output.
final class ScriptedTerminal: Terminal {
  /// Lines still to be read; `nil` stands for end of input.
  var input: [String?]
  /// What was written to standard output.
  private(set) var stdout = ""
  /// What was written to standard error.
  private(set) var stderr = ""
  /// Prompts shown, with whether the answer was read without echo.
  private(set) var prompts: [(text: String, secret: Bool)] = []
  /// Bytes returned by `readStandardInput`.
  var standardInput: [UInt8] = []
  var stdinIsTerminal: Bool
  var stdoutIsTerminal: Bool
  var width: Int

  init(input: [String?] = [], interactive: Bool = false, width: Int = 80) {
    self.input = input
    self.stdinIsTerminal = interactive
    self.stdoutIsTerminal = interactive
    self.width = width
  }

  func write(_ text: String, to stream: OutputStream) {
    if stream == .stdout { stdout += text } else { stderr += text }
  }

  func writeBytes(_ bytes: [UInt8]) { stdout += String(decoding: bytes, as: UTF8.self) }

  func readLine(prompt: String) -> String? { read(prompt, secret: false) }

  func readSecret(prompt: String) -> String? { read(prompt, secret: true) }

  private func read(_ prompt: String, secret: Bool) -> String? {
    prompts.append((prompt, secret))
    stdout += prompt
    guard !input.isEmpty else { return nil }
    let line = input.removeFirst()
    if let line, !secret { stdout += line }
    stdout += "\n"
    return line
  }

  func readStandardInput() -> [UInt8] { standardInput }

  func isTerminal(_ stream: OutputStream) -> Bool { stream == .stdout ? stdoutIsTerminal : false }
}
