import ExchangeModel

/// One currency as the selected tab shows it: one account's balance, or the sum over accounts.
public struct CurrencyRow: Sendable, Hashable {
  /// The figures: one account's, or the exact sums over accounts.
  public var balance: CurrencyBalance
  /// Indices of the accounts the row comes from (one, or several on the "All" tab).
  public var accounts: [Int]
  /// The worst risk level of the currency.
  public var risk: RiskLevel
  /// One of the source accounts is stale.
  public var isStale: Bool
  /// Figures that changed within the highlight window.
  public var changed: Set<Metric>

  /// The currency code.
  public var currency: String { balance.currency }
}
