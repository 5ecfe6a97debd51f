#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of the hook: the program spawned directly (`posix_spawn`, no shell) in a process
/// group of its own, the input on its standard input, killed with its children past the
/// timeout, its standard error gathered.
///
/// Foundation's `Process` is not used: on Linux it notices the end of a program only once every
/// descendant holding its inherited descriptors has ended too (a hook's `sleep` kept it "running"
/// past its kill), and it cannot start the program in a process group of its own.
enum HookProcess {
  /// Most bytes of the hook's standard error kept for the log.
  static let stderrLimit = 512
  /// How often the run is checked on.
  static let pollInterval: Duration = .milliseconds(20)
  /// Signals margintop ignores or handles, reset for the hook so SIGTERM ends it.
  static let resetSignals = [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// Runs `command` once with `input` on its standard input and `environment` as its whole
  /// environment; past `timeout` its process group gets SIGTERM, and SIGKILL a second later.
  static func run(_ command: [String], input: String, environment: [String: String], timeout: Duration) async -> HookOutcome {
    guard let program = command.first,
      let path = HookEnvironment.resolve(program, path: environment["PATH"], isExecutable: { access($0, X_OK) == 0 })
    else {
      return HookOutcome(ending: .notStarted("program not found or not executable: \(command.first ?? "")"), timedOut: false, stderr: "")
    }
    var stdinPipe: [Int32] = [-1, -1]
    var stderrPipe: [Int32] = [-1, -1]
    guard makePipe(&stdinPipe) else { return failed("cannot make a pipe") }
    guard makePipe(&stderrPipe) else {
      close(stdinPipe[0])
      close(stdinPipe[1])
      return failed("cannot make a pipe")
    }
    var spawned = spawn(path: path, arguments: command, environment: environment, stdin: stdinPipe[0], stderr: stderrPipe[1])
    // A script written a moment ago can still be open for writing in a child another thread just
    // forked (ETXTBSY) until that child execs; it passes within milliseconds.
    for _ in 0..<10 {
      guard case .failure(let error) = spawned, error.code == ETXTBSY else { break }
      try? await Task.sleep(for: .milliseconds(50))
      spawned = spawn(path: path, arguments: command, environment: environment, stdin: stdinPipe[0], stderr: stderrPipe[1])
    }
    close(stdinPipe[0])
    close(stderrPipe[1])
    guard case .success(let pid) = spawned else {
      close(stdinPipe[1])
      close(stderrPipe[0])
      if case .failure(let reason) = spawned { return failed("cannot start \(path): \(reason.text)") }
      return failed("cannot start \(path)")
    }
    // Non-blocking both ways: a hook that never reads, or never closes its stderr, stalls nothing.
    _ = fcntl(stdinPipe[1], F_SETFL, O_NONBLOCK)
    _ = fcntl(stderrPipe[0], F_SETFL, O_NONBLOCK)
    let bytes = Array(input.utf8)
    _ = bytes.withUnsafeBytes { write(stdinPipe[1], $0.baseAddress, $0.count) }
    close(stdinPipe[1])

    var collected: [UInt8] = []
    let started = ContinuousClock.now
    var timedOut = false
    var killed = false
    var status: Int32 = 0
    while true {
      drain(stderrPipe[0], into: &collected)
      let reaped = waitpid(pid, &status, WNOHANG)
      if reaped == pid || (reaped < 0 && errno != EINTR) { break }
      let elapsed = ContinuousClock.now - started
      if !timedOut && elapsed >= timeout {
        timedOut = true
        kill(-pid, SIGTERM)
      } else if timedOut && !killed && elapsed >= timeout + .seconds(1) {
        killed = true
        kill(-pid, SIGKILL)
      }
      try? await Task.sleep(for: pollInterval)
    }
    drain(stderrPipe[0], into: &collected)
    close(stderrPipe[0])
    // Whatever the hook left behind in its group goes with it.
    if timedOut { kill(-pid, SIGKILL) }
    let signal = status & 0x7f
    let ending: HookOutcome.Ending = signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    return HookOutcome(ending: ending, timedOut: timedOut, stderr: sanitise(collected))
  }

  /// A pipe whose ends do not leak into other programs margintop starts (glibc hides `pipe2`).
  private static func makePipe(_ fds: inout [Int32]) -> Bool {
    guard pipe(&fds) == 0 else { return false }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return true
  }

  private static func failed(_ reason: String) -> HookOutcome {
    HookOutcome(ending: .notStarted(reason), timedOut: false, stderr: "")
  }

  /// Reads what is waiting on `fd`, keeping at most `stderrLimit` bytes in all.
  private static func drain(_ fd: Int32, into collected: inout [UInt8]) {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { return }
      if collected.count < stderrLimit { collected += buffer[0..<min(n, stderrLimit - collected.count)] }
    }
  }

  /// A `posix_spawn` error number with its text.
  struct SpawnError: Error {
    var code: Int32
    var text: String { String(cString: strerror(code)) }
  }

  /// Spawns `path` with `arguments` (program name first) and exactly `environment`, standard
  /// input from `stdin`, output to /dev/null, errors to `stderr`, in a new process group, with
  /// default signal dispositions and an empty signal mask.
  private static func spawn(path: String, arguments: [String], environment: [String: String], stdin: Int32, stderr: Int32)
    -> Result<pid_t, SpawnError>
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in resetSignals { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    return result == 0 ? .success(pid) : .failure(SpawnError(code: result))
  }

  /// Text safe for one log line: control characters and invalid UTF-8 shown as `?`; the
  /// trailing newlines most programs end with are dropped first.
  static func sanitise(_ bytes: [UInt8]) -> String {
    var text = String(decoding: bytes, as: UTF8.self)
    while text.hasSuffix("\n") || text.hasSuffix("\r\n") { text.removeLast() }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      out.append(scalar == "\u{FFFD}" || scalar.properties.generalCategory == .control ? "?" : scalar)
    }
    return String(out)
  }
}
