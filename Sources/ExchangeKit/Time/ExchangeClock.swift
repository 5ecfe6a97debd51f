import Foundation

/// The wall clock and sleeping, injected so rate limiting and signing time are tested without waiting.
public protocol ExchangeClock: Sendable {
  /// The current local time.
  func now() -> Date
  /// Suspends for `duration`. Throws `CancellationError` when the task is cancelled.
  func sleep(for duration: Duration) async throws
}

/// The system clock.
public struct SystemExchangeClock: ExchangeClock {
  /// Creates the system clock.
  public init() {}

  public func now() -> Date { Date() }

  public func sleep(for duration: Duration) async throws {
    try await Task.sleep(for: duration)
  }
}
