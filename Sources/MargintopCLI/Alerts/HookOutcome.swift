/// How one run of the hook ended, for the log.
struct HookOutcome: Sendable, Equatable {
  /// How the process ended.
  enum Ending: Sendable, Equatable {
    case exited(Int32)
    /// Killed by a signal (`timedOut` tells whether margintop sent it).
    case signalled(Int32)
    /// It could not be started.
    case notStarted(String)
  }

  var ending: Ending
  /// It ran past the timeout and was killed.
  var timedOut: Bool
  /// The start of what it wrote on standard error, made safe for one log line.
  var stderr: String

  /// Whether the hook did its job.
  var succeeded: Bool { ending == .exited(0) && !timedOut }
}
