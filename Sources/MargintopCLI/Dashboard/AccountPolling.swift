/// What a dashboard session asks of one account's poller; `AccountPoller` refreshes over the
/// network, and tests stand in for it.
@MainActor
protocol AccountPolling: AnyObject {
  /// The account's position in the session (its tab number minus one).
  var index: Int { get }
  /// Fetches at once, then every interval.
  func start()
  /// Stops refreshing (at exit).
  func stop()
  /// Fetches now, or right after the fetch in flight.
  func refreshNow()
  /// Refreshes every `interval` from now on.
  func setInterval(_ interval: Duration)
  /// Pauses or resumes refreshing.
  func setPaused(_ paused: Bool)
}

extension AccountPoller: AccountPolling {}
