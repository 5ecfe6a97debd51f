import Foundation

/// The thresholds that turn venue figures into `RiskLevel`s; they live here and only here.
public enum RiskThresholds {
  /// Digits kept after the point of a computed usage: read as a percentage with a few decimals.
  public static let usageScale = 10

  /// Margin usage where 1.0 (100 %) means liquidation on either venue. Below 50 % is ok; 50–70 %
  /// watch; 70–85 % warn; 85–95 % danger; from 95 % on critical, because the last few percent go
  /// in one bad candle. At or above 100 %, or below zero, the account is at or past liquidation.
  public static func level(usage: Decimal) -> RiskLevel {
    if usage < 0 || usage >= usageLimits.critical { return .critical }
    if usage >= usageLimits.danger { return .danger }
    if usage >= usageLimits.warn { return .warn }
    if usage >= usageLimits.watch { return .watch }
    return .ok
  }

  /// 95 %, 85 %, 70 % and 50 %: made once, since a Decimal division costs more than the rest of
  /// a frame's header.
  private static let usageLimits = (
    critical: Decimal(95) / 100, danger: Decimal(85) / 100, warn: Decimal(70) / 100, watch: Decimal(50) / 100
  )

  /// A venue 0–5 scale: OKX `colBorrAutoConversion` (1–3 at risk, 4 conversion soon, 5 in
  /// progress) and `twap` forced-repayment risk (larger is more likely). 0 ok, 1 watch, 2 warn,
  /// 3 danger, 4 and 5 critical. The decoder refuses values outside 0–5.
  public static func level(scale value: Int) -> RiskLevel {
    switch value {
    case ...0: return .ok
    case 1: return .watch
    case 2: return .warn
    case 3: return .danger
    default: return .critical
    }
  }

  /// Platform collateral restriction (`colRes`): 1 (near the platform limit) is warn, 2 (the coin
  /// can no longer margin new orders) is danger; 0 and Bybit's -1 ("unknown" restriction status,
  /// not a margin figure) are ok.
  public static func level(collateralRestriction value: Int) -> RiskLevel {
    switch value {
    case 1: return .warn
    case 2...: return .danger
    default: return .ok
    }
  }

  /// `1 / ratio` to `usageScale` digits: OKX margin usage from a `mgnRatio` above zero; `nil`
  /// when the quotient does not fit the decimal type.
  public static func reciprocal(_ ratio: Decimal) -> Decimal? {
    quotient(1, ratio)
  }

  /// `numerator / denominator` to `usageScale` digits; `nil` for a zero denominator or a
  /// quotient outside the decimal type's range (Foundation's Decimal gives NaN there).
  public static func quotient(_ numerator: Decimal, _ denominator: Decimal) -> Decimal? {
    guard !denominator.isZero, !numerator.isNaN, !denominator.isNaN else { return nil }
    var exact = numerator / denominator
    // Foundation gives NaN on underflow too: a quotient below the smallest decimal is zero.
    if exact.isNaN { return abs(numerator) < abs(denominator) ? 0 : nil }
    var rounded = Decimal()
    NSDecimalRound(&rounded, &exact, usageScale, .plain)
    return rounded.isNaN ? nil : rounded
  }
}
