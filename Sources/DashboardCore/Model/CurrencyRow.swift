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
  /// Figures whose venue field could not be read: shown as an error, never as "—".
  public var malformed: Set<Metric> = []
  /// On "All", the figures some of the row's accounts report nothing for, with those accounts:
  /// such a sum is partial and marked so.
  public var partial: [Metric: [Int]] = [:]
  /// Why the row has its level, per account (`okx-main: auto-conversion 5/5`).
  public var reasons: [String] = []

  /// The currency code.
  public var currency: String { balance.currency }
}
