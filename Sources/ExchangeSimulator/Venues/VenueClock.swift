/// The time as one venue sees it while it answers one request.
struct VenueClock: Sendable {
  /// The venue's own time in epoch milliseconds (real time plus any injected skew).
  var serverMillis: Int64
  /// The real time in epoch milliseconds; rate limits count in it.
  var realMillis: Int64
  /// The market at the current step.
  var market: MarketState
  /// Epoch milliseconds when the simulator started.
  var startMillis: Int64
  /// Length of one market step in milliseconds.
  var stepMillis: Int64
}
