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
  /// The currency code; `nil` for the account totals.
  public var currency: String?
  /// The figure.
  public var metric: Metric

  /// A key for one figure.
  public init(currency: String?, metric: Metric) {
    self.currency = currency
    self.metric = metric
  }
}
