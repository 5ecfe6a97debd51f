import ExchangeModel
import Foundation

/// A venue limit of `limit` requests per rolling `window` (OKX balance: 10 per 2 s). Pure.
///
/// Requests are spaced over `window` plus `margin`: the venue counts arrivals, not departures,
/// and the first request of a burst (which opens the connection) arrives later than the rest, so
/// a request sent exactly one window after it can arrive inside the venue's window.
public struct SlidingWindowLimit: Sendable, Hashable {
  /// Slack added to every window for the spread of network latency.
  public static let margin: Duration = .milliseconds(500)

  /// Requests allowed per window.
  public let limit: Int
  /// The rolling window.
  public let window: Duration
  private var sent: [Date] = []

  /// Creates a limit of `limit` requests per `window`.
  public init(limit: Int, window: Duration) {
    self.limit = max(1, limit)
    self.window = window
  }

  private var span: TimeInterval { (window + SlidingWindowLimit.margin).timeInterval }

  /// How long to wait at `now` before one more request fits in the window.
  public func delay(at now: Date) -> Duration {
    let recent = sent.filter { now.timeIntervalSince($0) < span }
    guard recent.count >= limit, let oldest = recent.first else { return .zero }
    let free = oldest.addingTimeInterval(span)
    return .interval(max(0, free.timeIntervalSince(now)))
  }

  /// Records a request sent at `now`.
  public mutating func record(at now: Date) {
    let span = span
    sent.removeAll { now.timeIntervalSince($0) >= span }
    sent.append(now)
  }
}
