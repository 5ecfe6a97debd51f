import ExchangeModel

/// Short words for what drives a risk reading, for the gauge and the JSON-free views.
enum RiskSummary {
  /// What sets the level: the currency whose scale is worse than the margin figure
  /// (`USDC auto-conversion 5/5`), else the margin figure's source or, when unknown, why;
  /// `nil` when there is nothing to liquidate.
  static func driver(_ risk: RiskAssessment) -> String? {
    if risk.level == .none { return nil }
    if risk.level > risk.marginLevel, let currency = risk.worstCurrency {
      return currency.currency + " " + (currency.reasons.first ?? currency.level.label)
    }
    if risk.pastLiquidation { return "past liquidation" + (risk.source.map { " (" + $0 + ")" } ?? "") }
    if risk.marginLevel == .unknown { return risk.reasons.first }
    return risk.source
  }
}
