import Glibc

/// Signal dispositions set before curses starts.
enum DashboardSignals {
  /// The signals the dashboard handles through Dispatch sources.
  static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

  /// Ignores the handled signals until their Dispatch sources exist: the default action would
  /// kill the process with the terminal still in curses mode, and `newterm` only installs its
  /// own handlers over default dispositions. libdispatch replaces `SIG_IGN` when a source is
  /// resumed, so the sources still fire.
  static func ignoreUntilSourcesExist() {
    for signalNumber in handled { signal(signalNumber, SIG_IGN) }
  }
}
