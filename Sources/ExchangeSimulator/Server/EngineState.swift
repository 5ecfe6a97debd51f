/// The simulator's mutable state: faults waiting to happen, payload overrides and request counts
/// for rate limits.
struct EngineState: Sendable {
  var faults = FaultBook()
  var limiter = RateLimiter()
  /// Payload overrides of the balance responses.
  var overrides = PayloadOverrideBook()
  /// The market of the latest step served.
  var market: MarketState?
  /// Whether the demo's scripted incidents play (`SimulatorConfiguration.incidents`).
  var incidents = false
}
