import Foundation

/// Runs `tmux` and other small commands for the end-to-end tests.
enum Tmux {
  /// The tmux executable, or `nil` when it is not installed (the tests are then skipped).
  static let executable: URL? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
    .map { URL(fileURLWithPath: $0) }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

  /// Why the end-to-end tests cannot run here, or `nil` when they can.
  static var unavailableReason: String? {
    executable == nil ? "tmux is not installed; the end-to-end tests need it" : nil
  }

  /// Runs `executable` with `arguments` and returns its standard output and exit status.
  /// With `keepOutput` false the output goes to /dev/null: a command that starts the tmux
  /// server must not hand it our pipe. (posix_spawn + waitpid rather than Foundation's
  /// Process, whose wait did not return here until the tmux server had exited.)
  @discardableResult
  static func run(_ executable: URL, _ arguments: [String], keepOutput: Bool = true) -> (output: String, status: Int32) {
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else { return ("", -1) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if keepOutput {
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])

    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      environment.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, environment)
    close(pipeEnds[1])
    defer { close(pipeEnds[0]) }
    guard spawned == 0 else { return ("", -1) }

    var output = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(pipeEnds[0], &buffer, buffer.count)
      if count > 0 {
        output.append(contentsOf: buffer[0..<count])
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    return (String(decoding: output, as: UTF8.self), exitStatus)
  }
}
