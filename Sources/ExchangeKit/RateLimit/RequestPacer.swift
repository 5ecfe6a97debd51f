import ExchangeModel
import Foundation

/// One account's pacing: per-endpoint request windows, a back-off after failures, and a
/// "blocked until" date the venue asked for. Pure: times come in as arguments.
public struct RequestPacer: Sendable {
  private var limits: [String: SlidingWindowLimit]
  private var backoff: Backoff
  /// No request before this date (a rate limit or server error, or an exhausted venue budget).
  public private(set) var blockedUntil: Date?

  /// Creates a pacer with one window per endpoint name; endpoints without a window are only
  /// subject to back-off.
  public init(limits: [String: SlidingWindowLimit], backoff: Backoff = Backoff()) {
    self.limits = limits
    self.backoff = backoff
  }

  /// How long to wait at `now` before sending to `endpoint`.
  public func delay(for endpoint: String, at now: Date) -> Duration {
    let window = limits[endpoint]?.delay(at: now) ?? .zero
    guard let blockedUntil, blockedUntil > now else { return window }
    return max(window, .interval(blockedUntil.timeIntervalSince(now)))
  }

  /// Records a request to `endpoint` sent at `now`.
  public mutating func record(_ endpoint: String, at now: Date) {
    limits[endpoint]?.record(at: now)
  }

  /// Forgets earlier failures after a successful response.
  public mutating func succeeded() {
    backoff.reset()
  }

  /// Registers a rate limit or server error at `now` and returns when to retry: the jittered
  /// back-off, or `notBefore` when the venue asked for later.
  public mutating func failed(at now: Date, jitter: Double, notBefore: Date? = nil) -> Date {
    var retry = now.addingTimeInterval(backoff.nextDelay(jitter: jitter).timeInterval)
    if let notBefore, notBefore > retry { retry = notBefore }
    block(until: retry)
    return retry
  }

  /// Sends nothing before `date` (keeps the later of this and any earlier block).
  public mutating func block(until date: Date) {
    if let blockedUntil, blockedUntil >= date { return }
    blockedUntil = date
  }
}
