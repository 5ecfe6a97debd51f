import ExchangeModel
import Foundation

/// The normalised margin usage, where 1.0 means liquidation on either venue.
enum MarginUsage {
  /// Digits kept after the point: a usage is read as a percentage with a few decimals.
  static let scale = 10

  /// OKX usage from `mgnRatio` (liquidation at ≤ 1): its reciprocal. `nil` for a zero ratio,
  /// which has no finite reciprocal (the venue's own ratio still shows it).
  static func reciprocal(of ratio: Amount) -> Amount? {
    guard !ratio.isZero else { return nil }
    var quotient = Decimal(1) / ratio.value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &quotient, scale, .plain)
    return Amount(computed: rounded)
  }
}
