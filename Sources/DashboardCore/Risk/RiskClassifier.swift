import ExchangeModel
import Foundation

/// Turns venue risk figures into `RiskLevel`s. The thresholds live here and only here.
public enum RiskClassifier {
  /// Margin usage where 1.0 (100 %) means liquidation on either venue (OKX 1/`mgnRatio`, Bybit
  /// `accountMMRate`). Below 50 % is ok; 50–70 % watch; 70–85 % warn; 85–95 % danger; from 95 %
  /// on critical, because the last few percent go in one bad candle. `nil` (nothing to liquidate)
  /// is ok.
  public static func marginUsage(_ usage: Amount?) -> RiskLevel {
    guard let value = usage?.value else { return .ok }
    if value >= usageThresholds.critical { return .critical }
    if value >= usageThresholds.danger { return .danger }
    if value >= usageThresholds.warn { return .warn }
    if value >= usageThresholds.watch { return .watch }
    return .ok
  }

  /// 95 %, 85 %, 70 % and 50 %: made once, since a Decimal division costs more than the rest of
  /// a frame's header.
  private static let usageThresholds = (
    critical: Decimal(95) / 100, danger: Decimal(85) / 100, warn: Decimal(70) / 100, watch: Decimal(50) / 100
  )

  /// A venue 0–5 scale: OKX `colBorrAutoConversion` (1–3 at risk, 4 conversion soon, 5 in
  /// progress) and `twap` forced-repayment risk (larger is more likely). 0 ok, 1 watch, 2 warn,
  /// 3 danger, 4 and 5 critical. `nil` (the venue does not report it) is ok; values outside the
  /// scale are clamped into it.
  public static func scale(_ level: Int?) -> RiskLevel {
    guard let level else { return .ok }
    switch level {
    case ...0: return .ok
    case 1: return .watch
    case 2: return .warn
    case 3: return .danger
    default: return .critical
    }
  }

  /// Platform collateral restriction (`colRes`): 1 (near the platform limit) is warn, 2 (the coin
  /// can no longer margin new orders) is danger; 0, -1 (Bybit: unknown) and `nil` are ok.
  public static func collateralRestriction(_ value: Int?) -> RiskLevel {
    switch value {
    case 1: return .warn
    case let v? where v >= 2: return .danger
    default: return .ok
    }
  }

  /// The worst level of one currency: auto-conversion, forced repayment and collateral restriction.
  public static func currency(_ balance: CurrencyBalance) -> RiskLevel {
    max(
      scale(balance.autoConversionRisk), scale(balance.forcedRepaymentRisk),
      collateralRestriction(balance.collateralRestriction))
  }
}
