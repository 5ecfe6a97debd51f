import Foundation

/// Where the store reads the time: injected so retention and aggregation can be tested over a
/// simulated week in milliseconds.
public struct HistoryClock: Sendable {
  /// The current instant.
  public let now: @Sendable () -> Date

  public init(now: @escaping @Sendable () -> Date) {
    self.now = now
  }

  /// The wall clock, for the running dashboard.
  public static let system = HistoryClock { Date() }
}
