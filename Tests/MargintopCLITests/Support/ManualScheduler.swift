import Foundation

@testable import MargintopCLI

/// Virtual time for a session: nothing runs until the test drains the turn or advances the clock.
@MainActor
final class ManualScheduler: SessionScheduler {
  private(set) var now: Date
  private var turn: [@MainActor () -> Void] = []
  private var timers: [ManualTimer] = []

  init(now: Date = Date(timeIntervalSince1970: 1_780_000_000)) {
    self.now = now
  }

  func soon(_ action: @escaping @MainActor () -> Void) { turn.append(action) }

  func repeating(every interval: Duration, _ action: @escaping @MainActor () -> Void) -> any SessionTimer {
    let timer = ManualTimer(action: action, every: interval.testSeconds)
    timer.due = now.addingTimeInterval(interval.testSeconds)
    timers.append(timer)
    return timer
  }

  func oneShot(_ action: @escaping @MainActor () -> Void) -> any SessionTimer {
    let timer = ManualTimer(action: action, every: nil)
    timer.clock = { [unowned self] in self.now }
    timers.append(timer)
    return timer
  }

  /// Runs `work` at once, on the test's thread, and delivers its result at the end of the turn.
  func background<Result: Sendable>(
    _ work: @escaping @Sendable () -> Result, then deliver: @escaping @MainActor (Result) -> Void
  ) {
    let result = work()
    turn.append { deliver(result) }
  }

  /// Runs what was queued for the end of this turn (and what that queues in turn).
  func finishTurn() {
    while !turn.isEmpty {
      let action = turn.removeFirst()
      action()
    }
  }

  /// Moves the clock forward, firing every timer that falls due on the way, in time order, each
  /// followed by the rest of its turn.
  func advance(by seconds: TimeInterval) {
    let end = now.addingTimeInterval(seconds)
    finishTurn()
    while let timer = timers.filter({ !$0.cancelled && $0.due != nil && $0.due! <= end }).min(by: { $0.due! < $1.due! }) {
      now = max(now, timer.due!)
      timer.fire()
      finishTurn()
    }
    now = end
  }
}

/// A timer on virtual time.
@MainActor
final class ManualTimer: SessionTimer {
  let action: @MainActor () -> Void
  let every: TimeInterval?
  var due: Date?
  var cancelled = false
  var clock: () -> Date = { Date.distantPast }

  init(action: @escaping @MainActor () -> Void, every: TimeInterval?) {
    self.action = action
    self.every = every
  }

  func arm(after delay: Duration) { due = clock().addingTimeInterval(delay.testSeconds) }
  func disarm() { due = nil }
  func cancel() { cancelled = true }

  func fire() {
    if let every, let current = due { due = current.addingTimeInterval(every) } else { due = nil }
    action()
  }
}

extension Duration {
  var testSeconds: TimeInterval {
    let (whole, fraction) = components
    return TimeInterval(whole) + TimeInterval(fraction) / 1e18
  }
}
