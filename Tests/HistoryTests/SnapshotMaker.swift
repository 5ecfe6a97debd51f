import ExchangeModel
import Foundation

/// Snapshots of an OKX multi-currency account whose figures move with `step`, deterministic
/// and with enough fraction digits to catch a float on the way.
enum SnapshotMaker {
  static func okx(account: String, at date: Date, step: Int) -> AccountSnapshot {
    // Three refreshes a minute move differently, so min, max and last differ.
    let wobble = (step * 7919) % 23
    let equity = Amount("\(100_000 + wobble).123456789012345678") ?? Amount(computed: 0)
    let adjusted = Amount("\(90_000 + wobble * 3).5") ?? Amount(computed: 0)
    let mmr = Amount("\(1_000 + (step * 104_729) % 9_000).25") ?? Amount(computed: 0)
    let totals = AccountTotals(
      equityUSD: equity, adjustedEquityUSD: adjusted, initialMarginUSD: mmr, maintenanceMarginUSD: mmr,
      marginRatio: adjusted.value.divided(by: mmr.value, scale: 30).map { Amount(computed: $0) })
    let currencies = [
      CurrencyBalance(
        currency: "USDT", equity: Amount("\(50_000 + wobble).000001"), liabilities: Amount("\(wobble * 10).5"),
        autoConversionRisk: wobble % 6, forcedRepaymentRisk: (wobble / 4) % 6),
      CurrencyBalance(currency: "BTC", equity: Amount("1.00000000\(wobble % 10)"), liabilities: nil),
    ]
    return AccountSnapshot(
      venue: .okx, accountName: account, mode: .multiCurrencyMargin, fetchedAt: date, totals: totals,
      currencies: currencies)
  }
}
