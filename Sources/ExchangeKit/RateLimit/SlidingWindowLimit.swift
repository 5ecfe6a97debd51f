import Foundation

/// A venue limit of `limit` requests per rolling `window` (OKX balance: 10 per 2 s). Pure.
public struct SlidingWindowLimit: Sendable, Hashable {
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

  /// How long to wait at `now` before one more request fits in the window.
  public func delay(at now: Date) -> Duration {
    let recent = sent.filter { now.timeIntervalSince($0) < window.timeInterval }
    guard recent.count >= limit, let oldest = recent.first else { return .zero }
    let free = oldest.addingTimeInterval(window.timeInterval)
    return .interval(max(0, free.timeIntervalSince(now)))
  }

  /// Records a request sent at `now`.
  public mutating func record(at now: Date) {
    sent.removeAll { now.timeIntervalSince($0) >= window.timeInterval }
    sent.append(now)
  }
}
