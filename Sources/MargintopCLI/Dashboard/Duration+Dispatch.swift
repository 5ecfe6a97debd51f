import Dispatch
import ExchangeModel

extension Duration {
  /// The duration as a Dispatch interval, for timer sources (never negative).
  var dispatchInterval: DispatchTimeInterval {
    .nanoseconds(Int(clamping: max(0, wholeNanoseconds)))
  }
}
