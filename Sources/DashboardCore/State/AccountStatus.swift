import ExchangeModel
import Foundation

/// What the dashboard knows about one account: last good data, last error, and what changed.
public struct AccountStatus: Sendable {
  /// The last successful snapshot; kept on screen through errors.
  public var snapshot: AccountSnapshot?
  /// When the last successful snapshot arrived.
  public var lastSuccess: Date?
  /// The last failure, cleared by the next success.
  public var lastError: ExchangeError?
  /// A refresh is in flight.
  public var fetching: Bool = false
  /// When the refresh in flight started.
  public var fetchStartedAt: Date?
  /// How long the last successful refresh took, request to decoded answer.
  public var lastRoundTrip: TimeInterval?
  /// When each figure last changed, for the brief highlight; pruned on ticks.
  public var changedAt: [ChangeKey: Date] = [:]

  /// An account with nothing known yet.
  public init() {}

  /// Whether the figures on screen are current, given the refresh interval and the clock.
  public func freshness(now: Date, interval: Duration, paused: Bool) -> Freshness {
    guard let lastSuccess else {
      if let lastError { return .stale(reason: Freshness.describe(lastError)) }
      return .waiting
    }
    let age = now.timeIntervalSince(lastSuccess)
    // Stale after two missed intervals: one late refresh is normal jitter, two are not.
    guard age > 2 * interval.timeInterval else { return .fresh }
    if let lastError { return .stale(reason: Freshness.describe(lastError)) }
    if paused { return .stale(reason: "paused") }
    return .stale(reason: "no update for " + AgeText.short(age))
  }
}
