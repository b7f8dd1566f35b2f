#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal saved before echo was turned off, restored by the SIGINT handler.
nonisolated(unsafe) private var savedTerminalMode = termios()
nonisolated(unsafe) private var echoIsOff: Int32 = 0
/// Set once files have been written, so an interruption says so truthfully.
nonisolated(unsafe) private var filesWritten: Int32 = 0

/// Restores echo and exits with 128 + the signal (130 for Ctrl-C); only
/// async-signal-safe calls. Files are only written after the last prompt, so
/// nothing has been written when this runs during a prompt.
private func handleInterrupt(_ signal: Int32) {
  if echoIsOff != 0 { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminalMode) }
  let message: StaticString =
    filesWritten != 0 ? "\nInterrupted after the files were written.\n" : "\nInterrupted: nothing was written.\n"
  _ = message.withUTF8Buffer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  _exit(128 + signal)
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
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      sigaction(signal, &action, nil)
      sigaddset(&unblock, signal)
    }
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
      let n = SystemCall.write(fd, base, left)
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

/// Holds Ctrl-C, SIGTERM and SIGHUP while files are written, so a write plan is
/// never cut in half; a signal that arrived meanwhile is handled afterwards.
enum SignalShield {
  static func whileWriting<T>(_ body: () throws -> T) rethrows -> T {
    var held = sigset_t()
    var previous = sigset_t()
    sigemptyset(&held)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&held, signal) }
    pthread_sigmask(SIG_BLOCK, &held, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    let result = try body()
    filesWritten = 1  // only on success: a failed plan was rolled back
    return result
  }
}
