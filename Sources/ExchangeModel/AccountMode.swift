/// The account's margin mode as the venue reports it; it decides which fields apply.
public enum AccountMode: String, Sendable, Hashable, CaseIterable, Codable {
  /// OKX acctLv 1 (Spot mode), or a classic Bybit SPOT wallet.
  case spot
  /// OKX acctLv 2 (Futures mode).
  case futures
  /// OKX acctLv 3 (Multi-currency margin).
  case multiCurrencyMargin = "multi_currency_margin"
  /// OKX acctLv 4 (Portfolio margin).
  case portfolioMargin = "portfolio_margin"
  /// Bybit Unified Trading Account.
  case unified
  /// Bybit classic CONTRACT wallet (older accounts).
  case contract
  /// The venue did not tell (for instance the config request failed).
  case unknown

  /// Short label for headers, e.g. "multi-ccy margin".
  public var displayName: String {
    switch self {
    case .spot: return "spot"
    case .futures: return "futures"
    case .multiCurrencyMargin: return "multi-ccy margin"
    case .portfolioMargin: return "portfolio margin"
    case .unified: return "unified"
    case .contract: return "contract"
    case .unknown: return "mode unknown"
    }
  }
}
