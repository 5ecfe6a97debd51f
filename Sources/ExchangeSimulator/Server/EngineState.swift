/// The simulator's mutable state: faults waiting to happen and request counts for rate limits.
struct EngineState: Sendable {
  var faults = FaultBook()
  var limiter = RateLimiter()
  /// The market of the latest step served.
  var market: MarketState?
}
