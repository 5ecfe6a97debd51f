import Alerting
import ExchangeModel
import Foundation

/// Snapshots and a driver for the rules, with time as plain seconds.
struct Rig {
  var engine: AlertEngine
  var now = Date(timeIntervalSince1970: 1_800_000_000)
  let account = "okx-main"

  init(_ settings: AlertSettings = AlertSettings()) {
    engine = AlertEngine(defaults: settings)
  }

  /// Feeds one observation `seconds` after the previous one.
  mutating func feed(_ observation: AccountObservation, after seconds: TimeInterval = 5) -> [Alert] {
    now = now.addingTimeInterval(seconds)
    return engine.observe(observation, account: account, exchange: .okx, now: now)
  }

  /// An OKX multi-currency margin account whose usage is `100 / mgnRatio` percent.
  static func okx(mgnRatio: String, currencies: [CurrencyBalance] = [], problems: [DecodingProblem] = []) -> AccountObservation {
    .snapshot(
      AccountSnapshot(
        venue: .okx, accountName: "okx-main", mode: .multiCurrencyMargin, fetchedAt: Date(timeIntervalSince1970: 0),
        totals: AccountTotals(maintenanceMarginUSD: Amount(mgnRatio == "" ? "0" : "1"), marginRatio: Amount(mgnRatio)),
        currencies: currencies, problems: problems))
  }

  /// A calm account (usage 10 %) with one currency carrying the given venue levels.
  static func currency(_ code: String = "USDC", autoConversion: Int? = nil, twap: Int? = nil, colRes: Int? = nil)
    -> AccountObservation
  {
    okx(
      mgnRatio: "10",
      currencies: [
        CurrencyBalance(currency: code, autoConversionRisk: autoConversion, forcedRepaymentRisk: twap, collateralRestriction: colRes)
      ])
  }
}
