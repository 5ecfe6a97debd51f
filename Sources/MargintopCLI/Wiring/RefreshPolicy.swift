import ExchangeModel

/// The refresh interval actually used: the requested one, raised to the venues' floor.
struct RefreshPolicy: Equatable {
  var interval: Duration
  /// The longest `minimumInterval` of the sources.
  var floor: Duration
  /// Set when the requested interval was raised.
  var warning: String?

  init(requested: Duration, minimums: [Duration]) {
    floor = minimums.max() ?? .seconds(1)
    if requested < floor {
      interval = floor
      warning = "refresh \(Self.seconds(requested)) s is below what the venues' rate limits allow; using \(Self.seconds(floor)) s"
    } else {
      interval = requested
    }
  }

  static func seconds(_ d: Duration) -> String {
    let ms = d.wholeMilliseconds
    return ms % 1000 == 0 ? String(ms / 1000) : String(Double(ms) / 1000)
  }
}
