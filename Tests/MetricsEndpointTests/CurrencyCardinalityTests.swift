import ExchangeModel
import Foundation
import Testing

@testable import MetricsEndpoint

/// Per-currency series exist only while a currency owes something or carries risk.
@Suite struct CurrencyCardinalityTests {
  static let main = MetricsAccount(name: "okx-main", venue: .okx, staleAfter: 60)

  @Test func aCurrencyThatRepaysAndCalmsDownLosesEverySeries() {
    let exporter = MetricsExporter(accounts: [Self.main])
    exporter.record(SnapshotMaker.okx(mgnRatio: "4", currencies: [SnapshotMaker.borrowed(liabilities: "1000", autoConversion: 2)]), account: 0)
    // No twap was sent: no forced-repayment series, the other four are there.
    #expect(
      Exposition(exporter.exposition()).series(containing: #"currency="USDC""#).map { String($0.prefix { $0 != "{" }) }.sorted() == [
        "margintop_auto_conversion_risk_level", "margintop_currency_risk_level", "margintop_liabilities",
        "margintop_liabilities_usd",
      ])

    exporter.record(SnapshotMaker.okx(mgnRatio: "4", currencies: [SnapshotMaker.borrowed(liabilities: "0", autoConversion: 0)]), account: 0)
    let after = Exposition(exporter.exposition())
    #expect(after.series(containing: #"currency="USDC""#).isEmpty, "\(after.text)")
    // The account's own series stay.
    #expect(after.samples[#"margintop_margin_usage_ratio{account="okx-main",exchange="okx"}"#] == "0.25")
  }

  @Test func aCurrencyThatDisappearsFromTheAnswerLosesItsSeries() {
    let exporter = MetricsExporter(accounts: [Self.main])
    exporter.record(SnapshotMaker.okx(mgnRatio: "4", currencies: [SnapshotMaker.borrowed("ETH", liabilities: "2")]), account: 0)
    #expect(!Exposition(exporter.exposition()).series(containing: #"currency="ETH""#).isEmpty)
    exporter.record(SnapshotMaker.okx(mgnRatio: "4", currencies: []), account: 0)
    #expect(Exposition(exporter.exposition()).series(containing: #"currency="ETH""#).isEmpty)
  }

  @Test func aConfiguredCurrencyIsAlwaysExportedAndOthersOnlyWithRisk() {
    let exporter = MetricsExporter(accounts: [Self.main], policy: CurrencySeriesPolicy(always: ["BTC"]))
    let btc = CurrencyBalance(currency: "BTC", equity: Amount("1"), equityUSD: Amount("90000"), liabilities: Amount("0"))
    let ton = CurrencyBalance(currency: "TON", collateralRestriction: 1)
    let dust = CurrencyBalance(currency: "DOGE", equity: Amount("0.0001"))
    exporter.record(SnapshotMaker.okx(mgnRatio: "4", currencies: [btc, ton, dust]), account: 0)
    let exposition = Exposition(exporter.exposition())
    #expect(exposition.samples[#"margintop_liabilities_usd{account="okx-main",exchange="okx",currency="BTC"}"#] == "0.0")
    // colRes 1 is warn: TON's level is exported, and no figure it does not have.
    #expect(exposition.series(containing: #"currency="TON""#) == [#"margintop_currency_risk_level{account="okx-main",exchange="okx",currency="TON"}"#])
    #expect(exposition.series(containing: #"currency="DOGE""#).isEmpty)
  }

  @Test func aCurrencyListedTwiceTakesItsWorstReading() {
    let exporter = MetricsExporter(accounts: [Self.main])
    let currencies = [
      SnapshotMaker.borrowed(liabilities: "10", autoConversion: 4), SnapshotMaker.borrowed(liabilities: "1000", autoConversion: 1),
    ]
    exporter.record(SnapshotMaker.okx(mgnRatio: "4", currencies: currencies), account: 0)
    let exposition = Exposition(exporter.exposition())
    let usdc = #"{account="okx-main",exchange="okx",currency="USDC"}"#
    #expect(exposition.samples["margintop_auto_conversion_risk_level" + usdc] == "4.0")
    #expect(exposition.samples["margintop_liabilities" + usdc] == "1000.0")
  }
}
