#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal saved before echo was turned off, restored by the SIGINT handler.
nonisolated(unsafe) private var savedTerminalMode = termios()
nonisolated(unsafe) private var echoIsOff: Int32 = 0

/// Restores echo and exits with 130 on Ctrl-C; only async-signal-safe calls.
private func handleInterrupt(_ signal: Int32) {
  if echoIsOff != 0 { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminalMode) }
  let message: StaticString = "\nInterrupted: nothing was written.\n"
  _ = message.withUTF8Buffer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  _exit(130)
}

/// The process's real standard streams.
final class SystemTerminal: Terminal {
  /// Installs the Ctrl-C handler. The signal is unblocked first: a blocked mask is
  /// inherited from whoever started us (a test runner, a tmux server), and a
  /// blocked SIGINT would leave a prompt deaf to Ctrl-C.
  init() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handleInterrupt
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }

  func write(_ text: String, to stream: OutputStream) {
    var text = text
    text.withUTF8 { writeAll(stream == .stdout ? STDOUT_FILENO : STDERR_FILENO, $0) }
  }

  func writeBytes(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { writeAll(STDOUT_FILENO, $0) }
  }

  private func writeAll(_ fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) {
    guard var base = buffer.baseAddress else { return }
    var left = buffer.count
    while left > 0 {
      let n = Glibc.write(fd, base, left)
      if n < 0 {
        if errno == EINTR { continue }
        return
      }
      base += n
      left -= n
    }
  }

  func readLine(prompt: String) -> String? {
    write(prompt, to: .stdout)
    return Swift.readLine(strippingNewline: true)
  }

  func readSecret(prompt: String) -> String? {
    write(prompt, to: .stdout)
    guard isatty(STDIN_FILENO) != 0, tcgetattr(STDIN_FILENO, &savedTerminalMode) == 0 else {
      return Swift.readLine(strippingNewline: true)
    }
    var quiet = savedTerminalMode
    quiet.c_lflag &= ~tcflag_t(ECHO)
    echoIsOff = 1
    _ = tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
    let line = Swift.readLine(strippingNewline: true)
    _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminalMode)
    echoIsOff = 0
    write("\n", to: .stdout)
    return line
  }

  func readStandardInput() -> [UInt8] {
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      out.append(contentsOf: chunk[0..<n])
    }
    return out
  }

  var stdinIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }

  func isTerminal(_ stream: OutputStream) -> Bool {
    isatty(stream == .stdout ? STDOUT_FILENO : STDERR_FILENO) != 0
  }

  var width: Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }
}
