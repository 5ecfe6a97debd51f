import DashboardCore
import Dispatch
import ExchangeModel
import Foundation

/// Refreshes one account on its own Dispatch timer and reports every fetch as events.
///
/// The timer fires on the main queue because the in-flight flag and the generation live there
/// (no lock); the fetch itself runs in a detached task off the main queue. At most one fetch
/// per account is in flight. A response whose generation is older than the poller's (the
/// interval changed, or refresh was paused, while it was in flight) is dropped. After a
/// permanent failure (a rejected key, a missing permission) the timer asks again only every
/// `permanentFailureHold`, since asking every refresh only risks the venue blocking the IP; a
/// manual refresh still asks at once.
@MainActor
final class AccountPoller {
  /// How long the timer waits after a permanent failure before asking the venue again.
  static let permanentFailureHold: TimeInterval = 60

  let index: Int
  let source: any BalanceSource
  private let deliver: @MainActor (DashboardEvent) -> Void
  private var timer: DispatchSourceTimer?
  private var interval: Duration
  private var generation = 0
  private var inFlight = false
  /// A refresh was asked for while a fetch was in flight: run one more when it lands.
  private var followUp = false
  private var paused = false
  /// No timer fetch before this moment (set by a permanent failure).
  private var holdUntil: Date?

  init(index: Int, source: any BalanceSource, interval: Duration, deliver: @escaping @MainActor (DashboardEvent) -> Void) {
    self.index = index
    self.source = source
    self.interval = max(interval, source.minimumInterval)
    self.deliver = deliver
  }

  /// Fetches at once, then every interval.
  func start() {
    arm(firstIn: .zero)
  }

  /// Stops the timer (at exit).
  func stop() {
    timer?.cancel()
    timer = nil
  }

  /// Re-arms the timer at `newInterval` (never below the venue's floor); a response still in
  /// flight belongs to the old schedule and is dropped.
  func setInterval(_ newInterval: Duration) {
    interval = max(newInterval, source.minimumInterval)
    generation += 1
    if !paused { arm(firstIn: interval) }
  }

  /// Pauses or resumes refreshing; pausing drops a response in flight, so the screen stays as it
  /// was when the user paused; resuming fetches at once.
  func setPaused(_ newPaused: Bool) {
    guard newPaused != paused else { return }
    paused = newPaused
    generation += 1
    if paused {
      stop()
    } else {
      arm(firstIn: .zero)
    }
  }

  /// Fetches now, or right after the fetch in flight.
  func refreshNow() {
    holdUntil = nil
    if inFlight {
      followUp = true
    } else {
      fetch()
    }
  }

  private func arm(firstIn delay: Duration) {
    stop()
    let timer = DispatchSource.makeTimerSource(queue: .main)
    // Leeway lets the kernel batch wake-ups; a 5 % drift on a balance refresh is invisible.
    let leeway = DispatchTimeInterval.milliseconds(Int(interval / .milliseconds(20)))
    timer.schedule(deadline: .now() + delay.dispatchInterval, repeating: interval.dispatchInterval, leeway: leeway)
    timer.setEventHandler { [weak self] in
      MainActor.assumeIsolated { self?.scheduledFetch() }
    }
    timer.resume()
    self.timer = timer
  }

  private func scheduledFetch() {
    if let holdUntil, Date() < holdUntil { return }
    fetch()
  }

  private func fetch() {
    guard !inFlight else { return }
    inFlight = true
    let expected = generation
    let source = source
    deliver(.fetchStarted(account: index, at: Date()))
    Task.detached { [weak self] in
      let outcome = await ExchangeError.catching { () async throws(ExchangeError) in
        try await source.fetchSnapshot()
      }
      await self?.finish(outcome, generation: expected)
    }
  }

  private func finish(_ outcome: Result<AccountSnapshot, ExchangeError>, generation expected: Int) {
    inFlight = false
    if expected == generation {
      switch outcome {
      case .success(let snapshot):
        holdUntil = nil
        deliver(.snapshot(account: index, snapshot))
      case .failure(let error):
        holdUntil = error.isPermanent ? Date().addingTimeInterval(AccountPoller.permanentFailureHold) : nil
        deliver(.fetchFailed(account: index, error, at: Date()))
      }
    }
    if followUp, !paused {
      followUp = false
      fetch()
    }
  }
}
