import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program to completion and collects what it printed.
///
/// Built on `posix_spawnp` and `waitpid` rather than Foundation's `Process`: on
/// Linux, `Process` learns that a child ended when a socket the child inherits
/// is closed, so a child that starts a daemon (`tmux new-session` starts the
/// tmux server) is never seen to end while the daemon lives, and the test run
/// hangs. Here the child is reaped directly, every pipe is close-on-exec, and a
/// deadline bounds each run.
public enum ChildProcess {
  /// The outcome of a run.
  public struct Output {
    /// The exit status (128 + signal number when the child was killed by a signal).
    public var status: Int32
    /// Standard output.
    public var stdout: String
    /// Standard error (or both streams, when merged).
    public var stderr: String
  }

  /// Runs `program` (looked up on PATH unless it is a path) with `arguments`.
  ///
  /// - Parameters:
  ///   - directory: the child's working directory.
  ///   - environment: variables added to (or replacing) this process's environment.
  ///   - stdin: text fed to standard input, which is then closed.
  ///   - mergeOutput: send standard error to the standard output pipe (one ordered text).
  ///   - timeout: seconds before the child is killed and the run throws.
  public static func run(
    _ program: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    stdin: String? = nil, mergeOutput: Bool = false, timeout: Double = 900
  ) throws -> Output {
    ignoreBrokenPipes
    // Pipes are made close-on-exec and the child spawned under one lock, so no
    // other run's child can inherit these pipes in between.
    spawnLock.lock()
    var locked = true
    defer { if locked { spawnLock.unlock() } }
    // Every descriptor is closed exactly once: a second close could hit a
    // descriptor another thread has just opened under the same number.
    var unclosed: Set<Int32> = []
    func closeOnce(_ fd: Int32) { if unclosed.remove(fd) != nil { close(fd) } }
    defer { for fd in unclosed { close(fd) } }
    func pipeKept() throws -> (read: Int32, write: Int32) {
      let pipe = try makePipe()
      unclosed.formUnion([pipe.read, pipe.write])
      return pipe
    }
    let input = try pipeKept(), output = try pipeKept()
    let errors = mergeOutput ? output : try pipeKept()

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input.read, 0)
    posix_spawn_file_actions_adddup2(&actions, output.write, 1)
    posix_spawn_file_actions_adddup2(&actions, errors.write, 2)

    // The child starts with no blocked signals and default dispositions, whatever
    // the spawning test thread had.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t(), all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let env = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    // glibc's addchdir_np is not visible from Swift; a shell changes directory instead.
    let command = directory.map { ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", $0.path, program] } ?? [program]
    let argv = (command + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in argv + envp { free(p) } }

    var pid = pid_t()
    let spawned = posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw TerraformCLI.Failure(description: "cannot run \(program): \(String(cString: strerror(spawned)))")
    }
    // Only the child keeps these ends now.
    closeOnce(input.read)
    closeOnce(output.write)
    closeOnce(errors.write)
    spawnLock.unlock()
    locked = false

    // Standard input is closed as soon as it is fed, which is how the child learns it ended.
    unclosed.remove(input.write)
    let streams = Streams(stdin: Array((stdin ?? "").utf8), input: input.write, output: output.read,
      errors: mergeOutput ? nil : errors.read)
    defer { streams.finishInput() }
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32?
    var exitedAt: Date?
    while true {
      let open = streams.pump(milliseconds: 50)
      if status == nil { status = reap(pid) }
      if status != nil, exitedAt == nil { exitedAt = Date() }
      // Done when both pipes are at end of file, or shortly after the child
      // ended if something it started still holds them.
      if let exitedAt, !open || Date().timeIntervalSince(exitedAt) > 2 { break }
      // Once reaped, the pid may already belong to another process: never signal it.
      if status == nil, Date() > deadline {
        kill(pid, SIGKILL)
        _ = waitBlocking(pid)
        throw TerraformCLI.Failure(
          description: "\(program) \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
      }
    }
    return Output(
      status: status ?? -1, stdout: String(decoding: streams.out, as: UTF8.self),
      stderr: String(decoding: streams.err, as: UTF8.self))
  }

  /// Writing to a child that already ended must fail with EPIPE, not kill the tests.
  private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

  private static let spawnLock = NSLock()

  private static func makePipe() throws -> (read: Int32, write: Int32) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else {
      throw TerraformCLI.Failure(description: "pipe: \(String(cString: strerror(errno)))")
    }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return (fds[0], fds[1])
  }

  /// The child's status if it has ended, reaping it.
  private static func reap(_ pid: pid_t) -> Int32? {
    var raw: Int32 = 0
    let r = waitpid(pid, &raw, WNOHANG)
    guard r == pid else { return r == -1 && errno != EINTR ? -1 : nil }
    return decode(raw)
  }

  private static func waitBlocking(_ pid: pid_t) -> Int32 {
    var raw: Int32 = 0
    while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
    return decode(raw)
  }

  private static func decode(_ raw: Int32) -> Int32 {
    let signal = raw & 0x7f
    return signal == 0 ? (raw >> 8) & 0xff : 128 + signal
  }

  /// Feeds standard input and drains the output pipes without blocking on any one.
  private final class Streams {
    var stdin: [UInt8]
    var written = 0
    var input: Int32?
    var output: Int32?
    var errors: Int32?
    var out: [UInt8] = []
    var err: [UInt8] = []

    init(stdin: [UInt8], input: Int32, output: Int32, errors: Int32?) {
      self.stdin = stdin
      self.output = output
      self.errors = errors
      self.input = input
      _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
      if stdin.isEmpty { finishInput() }
    }

    /// Waits up to `milliseconds` for pipe activity and handles it; false once every pipe is done.
    func pump(milliseconds: Int32) -> Bool {
      var polled: [pollfd] = []
      if let input { polled.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
      if let output { polled.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
      if let errors { polled.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
      if polled.isEmpty {
        // Nothing to wait on while the child lives on: pause instead of spinning.
        usleep(UInt32(milliseconds) * 1000)
        return false
      }
      guard poll(&polled, nfds_t(polled.count), milliseconds) > 0 else { return true }
      for entry in polled where entry.revents != 0 {
        if entry.fd == input {
          let n = stdin[written...].withUnsafeBytes { write(entry.fd, $0.baseAddress, $0.count) }
          if n > 0 { written += n }
          if written == stdin.count || (n < 0 && errno != EAGAIN && errno != EINTR) { finishInput() }
        } else {
          var buffer = [UInt8](repeating: 0, count: 65536)
          let n = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
          if n > 0 {
            if entry.fd == output { out += buffer[..<n] } else { err += buffer[..<n] }
          } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
            if entry.fd == output { output = nil } else { errors = nil }
          }
        }
      }
      return input != nil || output != nil || errors != nil
    }

    /// Closes standard input (once).
    func finishInput() {
      if let input { close(input) }
      input = nil
    }
  }
}
