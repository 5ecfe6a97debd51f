import ExchangeModel
import Foundation
import GRDB
import Testing

@testable import History

/// A simulated week through the real database file: what is kept at full resolution, what is
/// folded into minutes, and what is deleted.
@Suite("History retention over a simulated week")
struct RetentionTests {
  static let start = Date(timeIntervalSince1970: 1_793_491_200)  // 2026-11-01T00:00:00Z

  @Test("a week of refreshes keeps 48 hours whole, folds the rest into exact min/max/last minutes, and prunes after 90 days")
  func simulatedWeek() async throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(Self.start)
    // Maintenance every half hour instead of every minute: each pass folds thirty minutes (the
    // rules are the same), and the week runs in a fraction of the time. One more pass at the end.
    let settings = HistorySettings(maintenanceInterval: .seconds(1800))
    let opening = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock)
    #expect(opening.warnings.isEmpty)
    let store = opening.store
    let accounts = ["okx-main", "okx-alt"]
    let week = 7 * 86_400.0
    let run = try await OffPool.run {
      // okx-alt once a minute, so minutes of a single refresh are checked too.
      SimulatedRun.write(
        store, clock: clock, accounts: accounts, from: Self.start, duration: week, interval: 20, slower: ["okx-alt"],
        slowerEvery: 3)
    }
    #expect(run.skipped.isEmpty)
    #expect(try await OffPool.run { store.maintain() } == .written)
    #expect(FileManager.default.fileExists(atPath: directory.database))

    let now = Int64((clock.now.timeIntervalSince1970 * 1000).rounded(.down))
    let foldedBefore = (now - 48 * 3_600_000) / 60_000 * 60_000
    let rows = try store.rows(HistoryQuery())
    let refreshes = rows.filter { $0.resolution == .refresh }
    let minutes = rows.filter { $0.resolution == .minute }

    // Full resolution: every refresh of the last 48 hours (and the minute in progress), nothing older.
    let recent = run.written.filter { $0.milliseconds >= foldedBefore }
    #expect(refreshes.count == recent.count)
    #expect(refreshes.map(\.equityUSD) == recent.sorted { ($0.milliseconds, $0.account) < ($1.milliseconds, $1.account) }.map(\.equity))
    #expect(refreshes.allSatisfy { $0.time >= Timestamp.text(epochMilliseconds: foldedBefore) })

    // One minute row per account and minute before that, each the exact aggregate of its refreshes.
    let startMs = Int64(Self.start.timeIntervalSince1970 * 1000)
    let minuteCount = Int((foldedBefore - startMs) / 60_000)
    #expect(minutes.count == minuteCount * accounts.count)
    let byMinute = try await OffPool.run { run.byMinute() }
    var checked = 0
    for row in minutes {
      guard let ms = Self.milliseconds(row.time) else {
        Issue.record("unreadable time \(row.time)")
        continue
      }
      let written = byMinute[row.account + "@" + String(ms)] ?? []
      #expect(row.samples == written.count)
      #expect(written.count == (row.account == "okx-alt" ? 1 : 3))
      #expect(row.marginUsage == written.last?.usage)
      #expect(row.equityUSD == written.last?.equity)
      #expect(row.adjustedEquityUSD == written.last?.adjusted)
      let usage = written.map(\.usage).decimalRange
      let equity = written.map(\.equity).decimalRange
      let adjusted = written.map(\.adjusted).decimalRange
      #expect(row.marginUsageMin == usage.min)
      #expect(row.marginUsageMax == usage.max)
      #expect(row.equityUSDMin == equity.min)
      #expect(row.equityUSDMax == equity.max)
      #expect(row.adjustedEquityUSDMin == adjusted.min)
      #expect(row.adjustedEquityUSDMax == adjusted.max)
      let worst = written.compactMap { RiskLevel(storedName: $0.level) }.max()
      #expect(row.worstLevel == worst?.name)
      checked += 1
    }
    #expect(checked == minutes.count)

    // Per currency, too: the worst liabilities of USDT in a minute are the largest by value.
    let usdt = try store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT liabilities_min, liabilities_max, auto_conversion_risk_max FROM minute_currency_named WHERE currency = 'USDT' LIMIT 50")
    }
    #expect(usdt.count == 50)
    for row in usdt {
      let low = StoredValue.text(row, "liabilities_min").flatMap { Amount($0) }
      let high = StoredValue.text(row, "liabilities_max").flatMap { Amount($0) }
      #expect(low != nil && high != nil)
      if let low, let high { #expect(low.value <= high.value) }
    }
    let orphanCurrencies = try await store.pool.read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM refresh_currency c
          WHERE NOT EXISTS (SELECT 1 FROM refresh r WHERE r.account_id = c.account_id AND r.at_ms = c.at_ms)
          """)
    }
    #expect(orphanCurrencies == 0)

    // 91 days after the start: minutes older than 90 days go, the rest stay, no refresh is left.
    clock.set(Self.start.addingTimeInterval(91 * 86_400))
    #expect(try await OffPool.run { store.maintain() } == .written)
    let after = try store.rows(HistoryQuery())
    let dropBefore = Timestamp.text(
      epochMilliseconds: Int64(clock.now.timeIntervalSince1970 * 1000) - 90 * 86_400_000)
    #expect(after.allSatisfy { $0.resolution == .minute && $0.time >= dropBefore })
    let foldedLater = Set(refreshes.map { $0.account + " " + $0.time.prefix(16) }).count
    #expect(after.count == minutes.filter { $0.time >= dropBefore }.count + foldedLater)
    #expect(after.first.map { $0.time >= dropBefore } == true)
  }

  @Test("past the size cap the oldest rows are deleted until the data fits")
  func sizeCap() async throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(Self.start)
    let settings = HistorySettings(sizeCapBytes: 200 * 1024, maintenanceInterval: .seconds(60))
    let store = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    let run = try await OffPool.run {
      SimulatedRun.write(store, clock: clock, accounts: ["okx-main"], from: Self.start, duration: 6 * 3600, interval: 5)
    }
    #expect(run.skipped.isEmpty)
    #expect(store.maintain() == .written)
    #expect(try store.usedBytes() <= 200 * 1024)
    let rows = try store.rows(HistoryQuery())
    // The newest survive, the oldest went.
    #expect(rows.last?.equityUSD == run.written.last?.equity)
    #expect(rows.count < run.written.count)
    #expect(rows.count > 100)
  }

  static func milliseconds(_ time: String) -> Int64? {
    // The export writes UTC milliseconds; parse back with the same arithmetic.
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: time).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
  }
}

/// Another instance's refresh that lands in a minute already folded is merged into it.
@Suite("History late refreshes")
struct LateRefreshTests {
  @Test("a refresh written into a folded minute adds to its samples and keeps its currencies")
  func lateRefresh() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(RetentionTests.start)
    let store = try HistoryStore.open(path: directory.database, clock: clock.historyClock).store
    for step in 0..<3 {
      #expect(store.record(SnapshotMaker.okx(account: "a", at: RetentionTests.start.addingTimeInterval(Double(step) * 20), step: step)).isWritten)
    }
    clock.set(RetentionTests.start.addingTimeInterval(49 * 3600))
    #expect(store.maintain() == .written)
    let late = SnapshotMaker.okx(account: "a", at: RetentionTests.start.addingTimeInterval(50), step: 3)
    #expect(store.record(late).isWritten)
    #expect(store.maintain() == .written)
    let rows = try store.rows(HistoryQuery())
    #expect(rows.count == 1)
    #expect(rows.first?.samples == 4)
    #expect(rows.first?.resolution == .minute)
    #expect(rows.first?.equityUSD == late.totals.equityUSD?.text)
    let currencies = try store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM minute_currency_named WHERE account = 'a'")
    }
    #expect(currencies == 2)
  }
}
