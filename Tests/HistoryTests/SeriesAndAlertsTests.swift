import ExchangeModel
import Foundation
import GRDB
import Testing

@testable import History

/// What the dashboard reads back: chart series over refreshes and minute aggregates alike, and
/// the alerts of a window.
@Suite("History series and alerts")
struct SeriesAndAlertsTests {
  @Test("a series keeps each span's highest usage and lowest equity, across the fold from refreshes to minutes")
  func seriesKeepsPeaks() async throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(RetentionTests.start)
    // Refreshes kept whole for an hour (48 in use), so three hours at 20 s fold the first two.
    let settings = HistorySettings(fullResolution: .seconds(3600))
    let store = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    let run = try await OffPool.run {
      SimulatedRun.write(store, clock: clock, accounts: ["okx-main"], from: RetentionTests.start, duration: 3 * 3600, interval: 20)
    }
    #expect(run.skipped.isEmpty)
    #expect(try store.rows(HistoryQuery()).contains { $0.resolution == .minute })
    let end = RetentionTests.start.addingTimeInterval(3 * 3600)
    // Quarter hours: each bucket holds 45 refreshes, whole or folded.
    let samples = try store.series(account: "okx-main", from: RetentionTests.start, to: end, buckets: 12)
    #expect(samples.count == 12)
    let startMs = Int64(RetentionTests.start.timeIntervalSince1970 * 1000)
    let byQuarter = Dictionary(grouping: run.written) { ($0.milliseconds - startMs) / 900_000 }
    for (quarter, sample) in samples.enumerated() {
      let written = byQuarter[Int64(quarter)] ?? []
      #expect(sample.samples == written.count && written.count == 45)
      #expect(sample.at == RetentionTests.start.addingTimeInterval(Double(quarter) * 900))
      #expect(sample.usageMax?.text == written.map(\.usage).decimalRange.max)
      #expect(sample.usageMin?.text == written.map(\.usage).decimalRange.min)
      #expect(sample.equityMin?.text == written.map(\.equity).decimalRange.min)
      #expect(sample.equityMax?.text == written.map(\.equity).decimalRange.max)
      #expect(sample.equityLast?.text == written.last?.equity)
    }
    #expect(try store.series(account: "nobody", from: RetentionTests.start, to: end, buckets: 12).isEmpty)
    #expect(try store.series(account: "okx-main", from: end, to: RetentionTests.start, buckets: 12).isEmpty)
  }

  @Test("alerts are kept per account and window; a level no version wrote reads as unknown")
  func alertsRoundTrip() throws {
    let directory = try TemporaryDirectory()
    let t = RetentionTests.start
    let store = try HistoryStore.open(path: directory.database, clock: TestClock(t).historyClock).store
    let first = HistoryAlert(
      account: "okx-main", at: t, subject: "margin usage", level: .warn, previousLevel: .watch, message: "usage 72.10%")
    let second = HistoryAlert(
      account: "okx-main", at: t.addingTimeInterval(600), subject: "USDT auto conversion", currency: "USDT", level: .critical,
      message: "USDT conversion in progress")
    let other = HistoryAlert(account: "bybit", at: t.addingTimeInterval(300), subject: "margin usage", level: .danger, message: "")
    for alert in [first, second, other] { #expect(store.record(alert: alert) == .written) }
    #expect(try store.alerts(account: "okx-main", since: t) == [first, second])
    #expect(try store.alerts(account: "okx-main", since: t.addingTimeInterval(1)) == [second])
    #expect(try store.alerts(account: nil, since: t).map(\.account) == ["okx-main", "bybit", "okx-main"])
    try store.pool.write { db in
      try db.execute(sql: "UPDATE alert SET level = 'fatal' WHERE account = 'bybit'")
    }
    #expect(try store.alerts(account: "bybit", since: t).first?.level == .unknown)
  }
}
