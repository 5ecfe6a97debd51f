/// A figure the dashboard shows and highlights when it changes.
public enum Metric: String, Sendable, Hashable, CaseIterable {
  // Per currency.
  case equity, equityUSD, available, frozen, liabilities, interest, unrealizedPnL, marginRatio
  case autoConversionRisk, forcedRepaymentRisk, collateral
  // Account totals.
  case totalEquityUSD, adjustedEquityUSD, initialMarginUSD, maintenanceMarginUSD
  case accountMarginRatio, marginUsage, totalUnrealizedPnLUSD, marginBalanceUSD
}

extension Metric {
  /// Whether the metric is an account total rather than a currency's figure.
  var isAccountTotal: Bool {
    switch self {
    case .totalEquityUSD, .adjustedEquityUSD, .initialMarginUSD, .maintenanceMarginUSD, .accountMarginRatio,
      .marginUsage, .totalUnrealizedPnLUSD, .marginBalanceUSD:
      return true
    default: return false
    }
  }

  /// The venue fields (OKX's and Bybit's names) a per-currency figure is read from, so a field
  /// that could not be read marks the figure as an error instead of leaving it blank.
  var fieldNames: Set<String> {
    switch self {
    case .equity: return ["eq", "equity"]
    case .equityUSD: return ["eqUsd", "usdValue"]
    case .available: return ["availEq", "availBal", "availableToWithdraw", "free"]
    case .frozen: return ["frozenBal", "locked"]
    case .liabilities: return ["liab", "borrowAmount"]
    case .interest: return ["interest", "accruedInterest"]
    case .unrealizedPnL: return ["upl", "unrealisedPnl"]
    case .marginRatio: return ["mgnRatio"]
    case .autoConversionRisk: return ["colBorrAutoConversion"]
    case .forcedRepaymentRisk: return ["twap"]
    case .collateral: return ["colRes"]
    case .totalEquityUSD: return ["totalEq", "totalEquity"]
    case .adjustedEquityUSD: return ["adjEq"]
    case .initialMarginUSD: return ["imr", "totalInitialMargin"]
    case .maintenanceMarginUSD: return ["mmr", "totalMaintenanceMargin"]
    case .accountMarginRatio: return ["mgnRatio", "accountMMRate"]
    case .marginUsage: return []
    case .totalUnrealizedPnLUSD: return ["upl", "totalPerpUPL"]
    case .marginBalanceUSD: return ["totalMarginBalance"]
    }
  }
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
