/// Exponential back-off with jitter after rate limits and server errors. Pure.
///
/// The n-th consecutive failure waits between half and all of `base · 2ⁿ⁻¹`, capped at `cap`;
/// the random fraction is passed in, so tests choose it.
public struct Backoff: Sendable, Hashable {
  /// The first delay before jitter.
  public let base: Duration
  /// The longest delay.
  public let cap: Duration
  /// Consecutive failures so far.
  public private(set) var failures = 0

  /// Creates a back-off starting at `base` and never exceeding `cap`.
  public init(base: Duration = .seconds(2), cap: Duration = .seconds(60)) {
    self.base = base
    self.cap = cap
  }

  /// Counts one more failure and returns the delay before the next attempt;
  /// `jitter` in 0...1 picks where in the upper half of the step the delay falls.
  public mutating func nextDelay(jitter: Double) -> Duration {
    failures += 1
    let step = base * (1 << min(failures - 1, 16))
    let ceiling = min(step, cap)
    let fraction = 0.5 + 0.5 * min(max(jitter, 0), 1)
    return ceiling * fraction
  }

  /// Forgets the failures after a success.
  public mutating func reset() { failures = 0 }
}
