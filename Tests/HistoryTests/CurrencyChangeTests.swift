import ExchangeModel
import Foundation
import GRDB
import Testing

@testable import History

/// Currency rows are written when a figure changes or a minute begins, and the minute
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

  @Test("a steady currency is written once a minute; a change is written when it happens, and folds exactly")
  func changedOnly() async throws {
    let directory = try TemporaryDirectory()
    let start = RetentionTests.start
    let clock = TestClock(start)
    let settings = HistorySettings(fullResolution: .seconds(120))
    let store = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    // Minute 0: twelve refreshes, USDT's liabilities rise at the seventh; minute 1: steady.
    for step in 0..<24 {
      let at = start.addingTimeInterval(Double(step) * 5)
      clock.set(at)
      #expect(store.record(Self.snapshot(at: at, usdtLiabilities: step < 6 ? "10.5" : "10.75")).isWritten)
    }
    let counts = try await store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT currency, count(*) AS n FROM refresh_currency GROUP BY currency ORDER BY currency")
        .map { (StoredValue.text($0, "currency") ?? "", StoredValue.int($0, "n") ?? 0) }
    }
    // BTC: the first refresh of each minute; USDT: those and the change.
    #expect(counts.map(\.0) == ["BTC", "USDT"])
    #expect(counts.map(\.1) == [2, 3])

    // Five minutes on, both minutes fold: minute 0 holds the rise, minute 1 repeats nothing.
    clock.set(start.addingTimeInterval(300))
    #expect(store.maintain() == .written)
    let minutes = try await store.pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT minute_ms, currency, liabilities_min, liabilities_max, liabilities_last FROM minute_currency ORDER BY minute_ms, currency")
    }
    let startMs = Int64(start.timeIntervalSince1970 * 1000)
    #expect(minutes.map { StoredValue.int($0, "minute_ms") } == [startMs, startMs])
    let usdt = try #require(minutes.first { StoredValue.text($0, "currency") == "USDT" })
    #expect(StoredValue.text(usdt, "liabilities_min") == "10.5")
    #expect(StoredValue.text(usdt, "liabilities_max") == "10.75")
    #expect(StoredValue.text(usdt, "liabilities_last") == "10.75")
  }
}
