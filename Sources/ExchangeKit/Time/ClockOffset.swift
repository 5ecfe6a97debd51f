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
  /// server is assumed to have stamped the reply half-way through the round trip.
  public init(serverTime: Date, sent: Date, received: Date) {
    let midpoint = sent.addingTimeInterval(received.timeIntervalSince(sent) / 2)
    let milliseconds = (serverTime.timeIntervalSince(midpoint) * 1000).rounded()
    offset = .milliseconds(Int64(milliseconds))
  }

  /// `local` corrected to the venue's clock.
  public func venueTime(at local: Date) -> Date {
    local.addingTimeInterval(offset.timeInterval)
  }
}

extension Duration {
  /// The duration in seconds as a `TimeInterval` (for dates, never for money).
  var timeInterval: TimeInterval {
    let parts = components
    return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
  }

  /// A duration from seconds.
  static func interval(_ seconds: TimeInterval) -> Duration {
    .milliseconds(Int64((seconds * 1000).rounded(.up)))
  }
}
