import ExchangeModel
import Foundation

/// The offset between a venue's clock and the local one, measured from a server-time request. Pure.
public struct ClockOffset: Sendable, Hashable {
  /// Add this to local time to get the venue's time.
  public var offset: Duration

  /// No correction.
  public static let zero = ClockOffset(offset: .zero)

  /// Creates an offset.
  public init(offset: Duration) { self.offset = offset }

  /// The offset from a server time read between `sent` and `received` (local times): the
  /// server is assumed to have stamped the reply half-way through the round trip. Dates too far
  /// apart for a `Duration` in milliseconds give the nearest representable offset, not a trap.
  public init(serverTime: Date, sent: Date, received: Date) {
    let midpoint = sent.addingTimeInterval(received.timeIntervalSince(sent) / 2)
    offset = .interval(serverTime.timeIntervalSince(midpoint), rounding: .toNearestOrAwayFromZero)
  }

  /// `local` corrected to the venue's clock.
  public func venueTime(at local: Date) -> Date {
    local.addingTimeInterval(offset.timeInterval)
  }
}

extension Duration {
  /// The longest wait or offset built from outside numbers: a century, far beyond any real wait,
  /// yet small enough that its milliseconds fit in `Int64`.
  static let longestInterval: TimeInterval = 100 * 365 * 86_400

  /// A duration from seconds, rounded (up, unless told otherwise) to the millisecond; clamped to
  /// ±`longestInterval`, and zero for NaN, so no number from outside can trap the conversion.
  static func interval(_ seconds: TimeInterval, rounding: FloatingPointRoundingRule = .up) -> Duration {
    guard !seconds.isNaN else { return .zero }
    let clamped = min(max(seconds, -longestInterval), longestInterval)
    return .milliseconds(Int64((clamped * 1000).rounded(rounding)))
  }
}
