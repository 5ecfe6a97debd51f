import Dispatch
import Foundation

/// The session's clock and timers on the main Dispatch queue.
@MainActor
final class DispatchSessionScheduler: SessionScheduler {
  var now: Date { Date() }

  func soon(_ action: @escaping @MainActor () -> Void) {
    DispatchQueue.main.async { MainActor.assumeIsolated { action() } }
  }

  func repeating(every interval: Duration, _ action: @escaping @MainActor () -> Void) -> any SessionTimer {
    let timer = DispatchTimer(action)
    // Leeway lets the kernel batch wake-ups; a clock tick drifting by a few percent is invisible.
    timer.source.schedule(
      deadline: .now() + interval.dispatchInterval, repeating: interval.dispatchInterval,
      leeway: .milliseconds(Int(interval / .milliseconds(20))))
    return timer
  }

  func oneShot(_ action: @escaping @MainActor () -> Void) -> any SessionTimer {
    DispatchTimer(action)
  }

  func background<Result: Sendable>(
    _ work: @escaping @Sendable () -> Result, then deliver: @escaping @MainActor (Result) -> Void
  ) {
    DispatchQueue.global(qos: .userInitiated).async {
      let result = work()
      DispatchQueue.main.async { MainActor.assumeIsolated { deliver(result) } }
    }
  }
}

/// One Dispatch timer source, re-armed rather than re-made.
@MainActor
final class DispatchTimer: SessionTimer {
  let source: DispatchSourceTimer

  init(_ action: @escaping @MainActor () -> Void) {
    source = DispatchSource.makeTimerSource(queue: .main)
    source.schedule(deadline: .distantFuture)
    source.setEventHandler { MainActor.assumeIsolated { action() } }
    source.resume()
  }

  func arm(after delay: Duration) {
    source.schedule(deadline: .now() + delay.dispatchInterval, leeway: .milliseconds(5))
  }

  func disarm() {
    source.schedule(deadline: .distantFuture)
  }

  func cancel() {
    source.cancel()
  }
}
