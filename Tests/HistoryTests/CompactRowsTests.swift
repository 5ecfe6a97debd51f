import ExchangeModel
import Foundation
import GRDB
import Testing

@testable import History

/// How version 4 stores a row compactly without changing what any reader gets back.
@Suite("History compact rows")
struct CompactRowsTests {
  static let start = RetentionTests.start

  @Test("the level table names each stored code as RiskLevel does")
  func levelTable() throws {
    let directory = try TemporaryDirectory()
    let store = try HistoryStore.open(path: directory.database).store
    let levels = try store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT code, name FROM level ORDER BY code").map {
        "\(StoredValue.int($0, "code") ?? -1) \(StoredValue.text($0, "name") ?? "")"
      }
    }
    #expect(levels == RiskLevel.allCases.map { "\($0.storedCode) \($0.name)" })
    // Files already written hold these codes: they never move.
    #expect(levels == ["0 none", "1 ok", "2 unknown", "3 watch", "4 warn", "5 danger", "6 critical"])
    #expect(RiskLevel.allCases.allSatisfy { RiskLevel(storedCode: Int64($0.storedCode)) == $0 })
    #expect(RiskLevel(storedCode: 99) == .unknown && RiskLevel(storedCode: nil) == .unknown)
  }

  @Test("two refreshes of one account in the same millisecond are both kept, the second a millisecond later")
  func sameMillisecond() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(Self.start)
    let store = try HistoryStore.open(path: directory.database, clock: clock.historyClock).store
    let first = SnapshotMaker.okx(account: "okx-main", at: Self.start, step: 1)
    let second = SnapshotMaker.okx(account: "okx-main", at: Self.start, step: 2)
    #expect(store.record([first, second]) == .written)
    #expect(store.record(first) == .written)
    let rows = try store.rows(HistoryQuery())
    let ms = Int64(Self.start.timeIntervalSince1970 * 1000)
    #expect(rows.map(\.time) == [ms, ms + 1, ms + 2].map { Timestamp.text(epochMilliseconds: $0) })
    #expect(rows.map(\.equityUSD) == [first, second, first].map { $0.totals.equityUSD?.text })
  }

  @Test("one name on two venues is two accounts: each row keeps its venue, a series of the name holds both")
  func nameOnTwoVenues() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(Self.start)
    let store = try HistoryStore.open(path: directory.database, clock: clock.historyClock).store
    let okx = SnapshotMaker.okx(account: "main", at: Self.start, step: 1)
    var bybit = SnapshotMaker.okx(account: "main", at: Self.start.addingTimeInterval(5), step: 2)
    bybit.venue = .bybit
    // The same balances on both: each account still gets its own currency rows.
    bybit.currencies = okx.currencies
    #expect(!okx.currencies.isEmpty)
    #expect(store.record([okx, bybit]) == .written)
    let currencyRows = try store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT venue, count(*) AS n FROM refresh_currency_named GROUP BY venue ORDER BY venue")
        .map { "\($0["venue"] as String? ?? "?") \($0["n"] as Int? ?? 0)" }
    }
    #expect(currencyRows == ["bybit \(okx.currencies.count)", "okx \(okx.currencies.count)"])
    #expect(try store.rows(HistoryQuery(account: "main")).map(\.venue) == ["okx", "bybit"])
    let series = try store.series(account: "main", from: Self.start, to: Self.start.addingTimeInterval(60), buckets: 1)
    #expect(series.map(\.samples) == [2])
    #expect(series.first?.equityLast == bybit.totals.equityUSD)
  }

  @Test("a minute's min or max equal to its last is stored once; the store and the views read it back")
  func boundEqualToLast() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(Self.start)
    let settings = HistorySettings(fullResolution: .seconds(60))
    let store = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    // Four refreshes of one minute with the same adjusted equity and USDT figures; the account
    // equity moves.
    var snapshots: [AccountSnapshot] = []
    for step in 0..<4 {
      let at = Self.start.addingTimeInterval(Double(step) * 15)
      var snapshot = SnapshotMaker.okx(account: "okx-main", at: at, step: 0)
      snapshot.totals.equityUSD = Amount("10\(step).5")
      snapshots.append(snapshot)
      clock.set(at)
      #expect(store.record(snapshot) == .written)
    }
    clock.set(Self.start.addingTimeInterval(150))
    #expect(store.maintain() == .written)

    let raw = try store.pool.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM minute")
    }
    #expect(raw.map { StoredValue.text($0, "adjusted_equity_usd_min") } == "")
    #expect(raw.map { StoredValue.text($0, "adjusted_equity_usd_max") } == "")
    #expect(raw.map { StoredValue.text($0, "equity_usd_min") } == "100.5")
    #expect(raw.map { StoredValue.text($0, "equity_usd_max") } == "")
    let adjusted = snapshots[0].totals.adjustedEquityUSD?.text
    let rows = try store.rows(HistoryQuery())
    #expect(rows.count == 1)
    #expect([rows[0].adjustedEquityUSDMin, rows[0].adjustedEquityUSDMax, rows[0].adjustedEquityUSD] == [adjusted, adjusted, adjusted])
    #expect([rows[0].equityUSDMin, rows[0].equityUSDMax, rows[0].equityUSD] == ["100.5", "103.5", "103.5"])
    let series = try store.series(account: "okx-main", from: Self.start, to: Self.start.addingTimeInterval(60), buckets: 1)
    #expect(series.first?.equityMax?.text == "103.5" && series.first?.equityMin?.text == "100.5")

    let view = try store.pool.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM minute_named")
    }
    #expect(view.map { StoredValue.text($0, "adjusted_equity_usd_min") } == adjusted)
    #expect(view.map { StoredValue.text($0, "equity_usd_max") } == "103.5")
    #expect(view.map { StoredValue.text($0, "level") } == rows[0].level)
    let usdt = try store.pool.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM minute_currency_named WHERE currency = 'USDT'")
    }
    let liabilities = snapshots[0].currencies.first?.liabilities?.text
    #expect(usdt.map { StoredValue.text($0, "liabilities_min") } == liabilities)
    #expect(usdt.map { StoredValue.text($0, "liabilities_max") } == liabilities)
  }
}
