import CNcursesw
import Glibc

/// Last-resort restoration for exits that bypass `TerminalScreen.close()`: an `atexit` hook (a
/// stray `exit()`) and, for crashes and deadly signals, `FatalSignals`; both put back the
/// terminal modes saved at start-up.
enum TerminalRestore {
  // Written on the main thread while the screen opens and closes; read by the atexit hook, which
  // runs on the exiting thread after the main queue has stopped handing out work.
  nonisolated(unsafe) private static var savedModes: termios?
  nonisolated(unsafe) private static var cursesActive = false
  nonisolated(unsafe) private static var hookInstalled = false

  /// Remembers the terminal modes before curses changes them, and installs the hook once.
  static func save() {
    var modes = termios()
    if tcgetattr(STDIN_FILENO, &modes) == 0 { savedModes = modes }
    if !hookInstalled {
      hookInstalled = true
      atexit { TerminalRestore.restore() }
    }
  }

  /// Marks curses as running (so the hook knows `endwin` is due) and arms the fatal-signal path.
  static func cursesStarted() {
    cursesActive = true
    FatalSignals.install(restoring: savedModes)
  }

  /// Ends curses if it is still running and restores the saved modes; safe to call twice.
  static func restore() {
    FatalSignals.uninstall()
    if cursesActive {
      cursesActive = false
      endwin()
    }
    if var modes = savedModes {
      tcsetattr(STDIN_FILENO, TCSADRAIN, &modes)
    }
  }
}
