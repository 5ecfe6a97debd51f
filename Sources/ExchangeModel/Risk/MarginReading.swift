/// The margin part of a risk reading: the level of an account's margin figure and where it
/// comes from. Made by the venue rules (`MarginReading+OKX`, `MarginReading+Bybit`).
struct MarginReading {
  var level: RiskLevel
  var usage: ExactDecimal?
  var pastLiquidation = false
  var source: String?
  var currency: String?
  var reasons: [String] = []

  /// Nothing to liquidate.
  static func none(_ reason: String) -> MarginReading {
    MarginReading(level: .none, usage: nil, reasons: [reason])
  }

  /// The data cannot tell.
  static func unknown(_ reason: String) -> MarginReading {
    MarginReading(level: .unknown, usage: nil, reasons: [reason])
  }

  /// The reading for a usage (1 = liquidation); at or past 100 %, or below zero, critical.
  static func usage(_ usage: ExactDecimal, source: String, currency: String? = nil) -> MarginReading {
    let past = usage >= 1 || usage < 0
    let level = RiskThresholds.level(usage: usage)
    let percent = MarginReading.percentText(usage)
    var reading = MarginReading(
      level: level, usage: usage < 0 ? nil : usage, pastLiquidation: past, source: source, currency: currency)
    reading.reasons = [
      past
        ? "margin usage \(percent) % from \(source): at or past liquidation"
        : "margin usage \(percent) % from \(source)"
    ]
    return reading
  }

  /// At or past liquidation with no meaningful usage figure (a ratio or balance at or below zero).
  static func pastLiquidation(_ reason: String, source: String, currency: String? = nil) -> MarginReading {
    MarginReading(level: .critical, usage: nil, pastLiquidation: true, source: source, currency: currency, reasons: [reason])
  }

  /// `usage` as a percentage with two decimals, for reasons (`91.03`).
  static func percentText(_ usage: ExactDecimal) -> String {
    Amount(computed: usage.timesPowerOfTen(2).rounded(scale: 2)).text
  }

  /// This reading, made at least `unknown` with `reason` (a known higher level stays).
  func atLeastUnknown(_ reason: String) -> MarginReading {
    var copy = self
    copy.level = max(level, .unknown)
    copy.reasons.append(reason)
    return copy
  }
}
