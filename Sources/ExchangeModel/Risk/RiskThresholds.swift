/// The thresholds that turn venue figures into `RiskLevel`s; they live here and only here.
public enum RiskThresholds {
  /// Digits kept after the point of a computed usage: read as a percentage with a few decimals.
  public static let usageScale = 10

  /// Margin usage where 1.0 (100 %) means liquidation on either venue. Below 50 % is ok; 50–70 %
  /// watch; 70–85 % warn; 85–95 % danger; from 95 % on critical, because the last few percent go
  /// in one bad candle. At or above 100 %, or below zero, the account is at or past liquidation.
  public static func level(usage: ExactDecimal) -> RiskLevel {
    if usage < 0 || usage >= usageLimits.critical { return .critical }
    if usage >= usageLimits.danger { return .danger }
    if usage >= usageLimits.warn { return .warn }
    if usage >= usageLimits.watch { return .watch }
    return .ok
  }

  /// 95 %, 85 %, 70 % and 50 %.
  private static let usageLimits = (
    critical: ExactDecimal(unchecked: 95, scale: 2), danger: ExactDecimal(unchecked: 85, scale: 2),
    warn: ExactDecimal(unchecked: 70, scale: 2), watch: ExactDecimal(unchecked: 50, scale: 2)
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
  public static func reciprocal(_ ratio: ExactDecimal) -> ExactDecimal? {
    quotient(1, ratio)
  }

  /// `numerator / denominator` to `usageScale` digits, rounded half away from zero (a quotient
  /// too large for that keeps its 38 leading digits); `nil` for a zero denominator or a quotient
  /// outside the decimal type's range.
  ///
  /// Half away from zero never understates a level: the thresholds have two decimals, far
  /// coarser than `usageScale`, so rounding can lift a usage onto a threshold but never drop one
  /// below it.
  public static func quotient(_ numerator: ExactDecimal, _ denominator: ExactDecimal) -> ExactDecimal? {
    if let usage = numerator.divided(by: denominator, scale: usageScale) { return usage.normalized }
    // Far past liquidation (a tiny balance): fewer decimals, so the size still shows.
    let leading = numerator.leadingDigitPosition - denominator.leadingDigitPosition + 1
    return numerator.divided(by: denominator, scale: min(usageScale, ExactDecimal.maximumDigits - 1 - leading))?.normalized
  }
}
