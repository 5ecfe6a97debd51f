/// A figure the dashboard shows and highlights when it changes.
public enum Metric: String, Sendable, Hashable, CaseIterable {
  // Per currency.
  case equity, equityUSD, available, frozen, liabilities, interest, unrealizedPnL, marginRatio
  case autoConversionRisk, forcedRepaymentRisk, collateral
  // Account totals.
  case totalEquityUSD, adjustedEquityUSD, initialMarginUSD, maintenanceMarginUSD
  case accountMarginRatio, marginUsage, totalUnrealizedPnLUSD
}

/// Which figure changed: `currency` is `nil` for the account totals.
public struct ChangeKey: Sendable, Hashable {
  public var currency: String?
  public var metric: Metric

  public init(currency: String?, metric: Metric) {
    self.currency = currency
    self.metric = metric
  }
}
