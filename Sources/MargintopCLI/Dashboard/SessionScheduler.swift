import Foundation

/// The clock and timers of a dashboard session, so the loop can run on virtual time in tests.
@MainActor
protocol SessionScheduler: AnyObject {
  /// The current time.
  var now: Date { get }
  /// Runs `action` after the rest of this main-queue turn.
  func soon(_ action: @escaping @MainActor () -> Void)
  /// Runs `action` every `interval`, from one interval from now, until cancelled.
  func repeating(every interval: Duration, _ action: @escaping @MainActor () -> Void) -> any SessionTimer
  /// A one-shot timer that runs `action` each time it is armed and its delay passes.
  func oneShot(_ action: @escaping @MainActor () -> Void) -> any SessionTimer
  /// Runs `work` off the main queue (a read of the disk), then `deliver` with its result on it.
  func background<Result: Sendable>(
    _ work: @escaping @Sendable () -> Result, then deliver: @escaping @MainActor (Result) -> Void)
}

/// A timer made by a `SessionScheduler`.
@MainActor
protocol SessionTimer: AnyObject {
  /// (Re-)arms a one-shot timer to fire once after `delay`.
  func arm(after delay: Duration)
  /// Calls off the next firing; the timer can be armed again.
  func disarm()
  /// Stops the timer for good.
  func cancel()
}
