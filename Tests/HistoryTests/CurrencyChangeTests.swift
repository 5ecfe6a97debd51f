import ExchangeModel
import Foundation
import GRDB
import Testing

@testable import History

/// Currency rows are written when a figure changes or an hour begins, and the minute
/// aggregates of a steady currency are left out: the figures stay exact, the file small.
@Suite("History currency rows on change")
struct CurrencyChangeTests {
  static func snapshot(at date: Date, usdtLiabilities: String) -> AccountSnapshot {
    AccountSnapshot(
      venue: .okx, accountName: "okx-main", mode: .multiCurrencyMargin, fetchedAt: date,
      totals: AccountTotals(equityUSD: Amount("1000.5")),
      currencies: [
        CurrencyBalance(currency: "USDT", equity: Amount("500.25"), liabilities: Amount(usdtLiabilities)),
        CurrencyBalance(currency: "BTC", equity: Amount("0.5"), liabilities: nil),
      ])
  }

  @Test("a steady currency is written once an hour; a change when it happens; a minute folds exactly, with the figures held before its first row")
  func changedOnly() async throws {
    let directory = try TemporaryDirectory()
    let start = RetentionTests.start
    let clock = TestClock(start)
    let settings = HistorySettings(fullResolution: .seconds(120))
    let store = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    // Minute 0: twelve refreshes, USDT's liabilities rise at the seventh; minute 1: they fall
    // back at its fourth refresh.
    for step in 0..<24 {
      let at = start.addingTimeInterval(Double(step) * 5)
      clock.set(at)
      let liabilities = step < 6 || step >= 15 ? "10.5" : "10.75"
      #expect(store.record(Self.snapshot(at: at, usdtLiabilities: liabilities)).isWritten)
    }
    let counts = try await store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT currency, count(*) AS n FROM refresh_currency_named GROUP BY currency ORDER BY currency")
        .map { (StoredValue.text($0, "currency") ?? "", StoredValue.int($0, "n") ?? 0) }
    }
    // BTC: the first refresh of the hour; USDT: that and the two changes.
    #expect(counts.map(\.0) == ["BTC", "USDT"])
    #expect(counts.map(\.1) == [1, 3])

    // Minute 0 folds first; minute 1 is folded by another instance, which has no memory of
    // minute 0 and reads USDT's held figures from its row.
    clock.set(start.addingTimeInterval(180))
    #expect(store.maintain() == .written)
    let other = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    clock.set(start.addingTimeInterval(300))
    #expect(other.maintain() == .written)
    let minutes = try store.pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT minute_ms, currency, liabilities_min, liabilities_max, liabilities_last FROM minute_currency_named ORDER BY minute_ms, currency")
    }
    let startMs = Int64(start.timeIntervalSince1970 * 1000)
    #expect(minutes.map { StoredValue.int($0, "minute_ms") } == [startMs, startMs, startMs + 60_000])
    #expect(minutes.map { StoredValue.text($0, "currency") } == ["BTC", "USDT", "USDT"])
    let figures = minutes.map { row in
      ["liabilities_min", "liabilities_max", "liabilities_last"].map { StoredValue.text(row, $0) ?? "" }
    }
    #expect(figures[1] == ["10.5", "10.75", "10.75"])
    // Minute 1 held 10.75 for three refreshes before USDT's row of 10.5.
    #expect(figures[2] == ["10.5", "10.75", "10.5"])
  }
}
