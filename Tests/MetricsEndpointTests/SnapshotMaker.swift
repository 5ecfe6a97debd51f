import ExchangeModel
import Foundation

/// OKX multi-currency margin snapshots for the exporter's tests.
enum SnapshotMaker {
  static let start = Date(timeIntervalSince1970: 1_800_000_000)

  /// An account whose margin usage is `1 / mgnRatio`, with total equity `equity` USD.
  static func okx(
    _ name: String = "okx-main", mgnRatio: String, equity: String? = "12345.5", currencies: [CurrencyBalance] = [],
    at seconds: TimeInterval = 0
  ) -> AccountSnapshot {
    AccountSnapshot(
      venue: .okx, accountName: name, mode: .multiCurrencyMargin, fetchedAt: start.addingTimeInterval(seconds),
      totals: AccountTotals(
        equityUSD: equity.flatMap(Amount.init), maintenanceMarginUSD: Amount("100"), marginRatio: Amount(mgnRatio)),
      currencies: currencies)
  }

  /// A borrowed currency: `liabilities` owed, equity 500 worth 499.9 USD.
  static func borrowed(_ code: String = "USDC", liabilities: String, autoConversion: Int? = nil, twap: Int? = nil)
    -> CurrencyBalance
  {
    CurrencyBalance(
      currency: code, equity: Amount("500"), equityUSD: Amount("499.9"), liabilities: Amount(liabilities),
      autoConversionRisk: autoConversion, forcedRepaymentRisk: twap)
  }
}
