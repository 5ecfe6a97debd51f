import CNcursesw
import Glibc

/// The fatal-signal path: while the screen is open, a crash or a deadly signal first puts the
/// terminal back (saved modes, attributes off, cursor shown, alternate screen left), then dies
/// of the same signal.
///
/// The handler is C (`shim_fatal_*` in the shim): only async-signal-safe calls are allowed in it,
/// and Swift code is not. It hands the signal on to whatever handler was there before (Swift's
/// crash backtracer prints its report on the restored terminal), or to the default action.
enum FatalSignals {
  /// Crashes (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT), Ctrl-\ (SIGQUIT) and the user signals,
  /// whose default action ends the process without giving curses a chance.
  static let handled: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGQUIT, SIGUSR1, SIGUSR2]

  /// Installs the handler; call after curses started (the reset sequence comes from terminfo).
  static func install(restoring modes: termios?) {
    handled.withUnsafeBufferPointer { signals in
      if var modes {
        shim_fatal_install(signals.baseAddress, Int32(signals.count), &modes)
      } else {
        shim_fatal_install(signals.baseAddress, Int32(signals.count), nil)
      }
    }
  }

  /// Puts back the handlers that were there before `install`.
  static func uninstall() {
    shim_fatal_uninstall()
  }
}
