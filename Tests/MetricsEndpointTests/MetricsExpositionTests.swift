import ExchangeModel
import Foundation
import Testing

@testable import MetricsEndpoint

/// The text Prometheus scrapes, for given snapshots: names, labels, values, HELP and TYPE.
@Suite struct MetricsExpositionTests {
  static let main = MetricsAccount(name: "okx-main", venue: .okx, staleAfter: 60)
  static let labels = #"{account="okx-main",exchange="okx"}"#

  @Test func anAccountBeforeItsFirstSnapshotIsUnknownNotSafe() {
    let exporter = MetricsExporter(accounts: [Self.main])
    let exposition = Exposition(exporter.exposition())
    #expect(exposition.samples["margintop_risk_level" + Self.labels] == "2.0")
    #expect(exposition.series(containing: "margin_usage").isEmpty)
    #expect(exposition.series(containing: "equity").isEmpty)
  }

  @Test func aSnapshotBecomesItsSeriesWithHelpAndType() {
    let exporter = MetricsExporter(accounts: [Self.main])
    let btc = CurrencyBalance(currency: "BTC", equity: Amount("1.5"), equityUSD: Amount("90000"), liabilities: Amount("0"))
    let snapshot = SnapshotMaker.okx(
      mgnRatio: "2", currencies: [btc, SnapshotMaker.borrowed(liabilities: "1000", autoConversion: 3, twap: 1)], at: 5)
    exporter.record(snapshot, account: 0)
    let exposition = Exposition(exporter.exposition())
    let usdc = #"{account="okx-main",exchange="okx",currency="USDC"}"#
    #expect(exposition.samples["margintop_margin_usage_ratio" + Self.labels] == "0.5")
    // Usage 50 % is watch, but USDC's auto-conversion 3/5 is danger: the account takes the worst.
    #expect(exposition.samples["margintop_risk_level" + Self.labels] == "5.0")
    #expect(exposition.samples["margintop_past_liquidation" + Self.labels] == "0.0")
    #expect(exposition.samples["margintop_equity_usd" + Self.labels] == "12345.5")
    #expect(exposition.samples[#"margintop_last_success_timestamp_seconds{account="okx-main"}"#] == "1800000005.0")
    #expect(exposition.samples["margintop_liabilities" + usdc] == "1000.0")
    #expect(exposition.samples["margintop_liabilities_usd" + usdc].flatMap(Double.init).map { abs($0 - 999.8) < 1e-9 } == true)
    #expect(exposition.samples["margintop_auto_conversion_risk_level" + usdc] == "3.0")
    #expect(exposition.samples["margintop_forced_repayment_risk_level" + usdc] == "1.0")
    #expect(exposition.samples["margintop_currency_risk_level" + usdc] == "5.0")
    // BTC owes nothing and carries no risk: no per-currency series.
    #expect(exposition.series(containing: #"currency="BTC""#).isEmpty)
    for (name, type) in [
      ("margintop_margin_usage_ratio", "gauge"), ("margintop_risk_level", "gauge"), ("margintop_equity_usd", "gauge"),
      ("margintop_liabilities_usd", "gauge"), ("margintop_auto_conversion_risk_level", "gauge"),
      ("margintop_forced_repayment_risk_level", "gauge"), ("margintop_last_success_timestamp_seconds", "gauge"),
    ] {
      #expect(exposition.comments.contains("# TYPE \(name) \(type)"), "\(name)")
      #expect(exposition.comments.contains { $0.hasPrefix("# HELP \(name) ") }, "\(name)")
    }
    #expect(exposition.comments.contains("# HELP margintop_risk_level Account risk level: 0 none, 1 ok, 2 unknown, 3 watch, 4 warn, 5 danger, 6 critical."))
  }

  @Test func pastLiquidationWithNoFiniteRatioReadsInfinityNeverASmallFigure() {
    let exporter = MetricsExporter(accounts: [Self.main])
    exporter.record(SnapshotMaker.okx(mgnRatio: "-0.35"), account: 0)
    let exposition = Exposition(exporter.exposition())
    #expect(exposition.samples["margintop_margin_usage_ratio" + Self.labels] == "inf")
    #expect(exposition.samples["margintop_past_liquidation" + Self.labels] == "1.0")
    #expect(exposition.samples["margintop_risk_level" + Self.labels] == "6.0")
  }

  @Test func aFigureThatStopsApplyingIsRemovedNotFrozen() {
    let exporter = MetricsExporter(accounts: [Self.main])
    exporter.record(SnapshotMaker.okx(mgnRatio: "2"), account: 0)
    // mgnRatio "" with no requirement: nothing to liquidate, so no usage; equity not sent.
    let calm = AccountSnapshot(
      venue: .okx, accountName: "okx-main", mode: .multiCurrencyMargin, fetchedAt: SnapshotMaker.start,
      totals: AccountTotals(), currencies: [])
    exporter.record(calm, account: 0)
    let exposition = Exposition(exporter.exposition())
    #expect(exposition.series(containing: "margin_usage").isEmpty)
    #expect(exposition.series(containing: "equity_usd").isEmpty)
    #expect(exposition.samples["margintop_risk_level" + Self.labels] == "0.0")
  }

  @Test func failuresCountByKindAndRequestsAreTimed() {
    let exporter = MetricsExporter(accounts: [Self.main])
    exporter.fetchStarted(account: 0, at: SnapshotMaker.start.addingTimeInterval(-0.3))
    exporter.record(SnapshotMaker.okx(mgnRatio: "4"), account: 0)
    for _ in 0..<2 {
      exporter.fetchStarted(account: 0, at: SnapshotMaker.start)
      exporter.recordFailure(
        ExchangeError(kind: .rateLimit, message: "rate limited"), account: 0, at: SnapshotMaker.start.addingTimeInterval(2))
    }
    // An event for an account the exporter does not know is ignored, not a trap.
    exporter.recordFailure(ExchangeError(kind: .auth, message: "x"), account: 7, at: SnapshotMaker.start)
    exporter.record(SnapshotMaker.okx(mgnRatio: "4"), account: -1)
    let exposition = Exposition(exporter.exposition())
    #expect(exposition.samples[#"margintop_refresh_errors_total{account="okx-main",kind="rate_limit"}"#] == "2")
    #expect(exposition.series(containing: #"kind="auth""#).isEmpty)
    #expect(exposition.comments.contains("# TYPE margintop_refresh_errors_total counter"))
    #expect(exposition.comments.contains("# TYPE margintop_request_duration_seconds histogram"))
    let bucket = #"margintop_request_duration_seconds_bucket{account="okx-main",exchange="okx",le="#
    #expect(exposition.samples[bucket + #""0.25"}"#] == "0")
    #expect(exposition.samples[bucket + #""0.5"}"#] == "1")
    #expect(exposition.samples[bucket + #""2.5"}"#] == "3")
    #expect(exposition.samples["margintop_request_duration_seconds_count" + Self.labels] == "3")
  }
}
