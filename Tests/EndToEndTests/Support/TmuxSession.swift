import Foundation

/// One `margintop` run inside a detached tmux session on a socket of its own.
///
/// The pane runs `margintop`, then prints `EXIT=<status>` and `stty -a`, and stays open, so a
/// test can see how the process ended and whether the terminal modes were restored.
final class TmuxSession {
  private static let counter = Counter()

  let socket: String
  private let tmux: URL

  /// Starts `margintop <arguments>` under `TERM=term` in a `width`×`height` pane.
  init(arguments: [String], term: String = "xterm-256color", width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
    guard let tmux = Tmux.executable else { throw SessionError.tmuxMissing }
    guard let binary = MargintopBinary.url else { throw SessionError.binaryMissing }
    self.tmux = tmux
    socket = "terminal-e2e-\(getpid())-\(Self.counter.next())"
    var variables = ["TERM": term, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
    variables.merge(environment) { $1 }
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
    let command = ([Self.quote(binary.path)] + arguments.map(Self.quote)).joined(separator: " ")
    // The test runner's own NO_COLOR (SwiftPM may set it) must not leak into the program.
    let unset = environment["NO_COLOR"] == nil ? "-u NO_COLOR " : ""
    let script = "env \(unset)\(assignments) \(command); echo EXIT=$?; stty -a; sleep 300"
    let result = Tmux.run(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", script], keepOutput: false)
    guard result.status == 0 else { throw SessionError.tmuxFailed }
  }

  deinit {
    kill()
  }

  /// Ends the tmux server of this session (and with it the pane).
  func kill() {
    Tmux.run(tmux, ["-L", socket, "kill-server"])
  }

  /// The visible pane as text; `escapes` keeps the colour and attribute sequences.
  func capture(escapes: Bool = false) -> String {
    Tmux.run(tmux, ["-L", socket, "capture-pane", "-p", "-t", "e2e"] + (escapes ? ["-e"] : [])).output
  }

  /// Sends tmux key names (`Tab`, `Enter`, `Escape`, `q`, `C-c`).
  func send(_ keys: String...) {
    Tmux.run(tmux, ["-L", socket, "send-keys", "-t", "e2e"] + keys)
  }

  /// Resizes the window, which sends SIGWINCH to the program.
  func resize(width: Int, height: Int) {
    Tmux.run(tmux, ["-L", socket, "resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
  }

  /// A tmux format variable of the pane (`cursor_flag`, `alternate_on`), as tmux prints it.
  func paneVariable(_ name: String) -> String {
    Tmux.run(tmux, ["-L", socket, "display-message", "-p", "-t", "e2e", "#{\(name)}"]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The pid of `margintop` (a child of the pane's shell), once it runs.
  func programPID() -> Int32? {
    let shell = Tmux.run(tmux, ["-L", socket, "display-message", "-p", "-t", "e2e", "#{pane_pid}"]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let children = Tmux.run(URL(fileURLWithPath: "/usr/bin/pgrep"), ["-P", shell, "margintop"]).output
    return children.split(separator: "\n").compactMap { Int32($0) }.first
  }

  /// Polls the pane every 100 ms until `condition` holds for its text, up to `timeout`;
  /// returns the last capture that satisfied it, or `nil` on timeout.
  func waitFor(timeout: Duration = .seconds(10), escapes: Bool = false, _ condition: (String) -> Bool) async -> String? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      let screen = capture(escapes: escapes)
      if condition(screen) { return screen }
      try? await Task.sleep(for: .milliseconds(100))
    }
    return nil
  }

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  enum SessionError: Error {
    case tmuxMissing, binaryMissing, tmuxFailed
  }

  /// Unique socket suffixes across the tests of one process.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      value += 1
      return value
    }
  }
}
