import Dispatch

extension Duration {
  /// The duration as a Dispatch interval, for timer sources (never negative).
  var dispatchInterval: DispatchTimeInterval {
    let (seconds, attoseconds) = components
    let nanoseconds = max(0, seconds) * 1_000_000_000 + max(0, attoseconds) / 1_000_000_000
    return .nanoseconds(Int(clamping: nanoseconds))
  }
}
