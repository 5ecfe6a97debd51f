import Foundation
import GRDB
import Testing

@testable import History

/// A database written by an earlier schema opens under the current one with its data.
@Suite("History schema migrations")
struct MigrationTests {
  static let start = Date(timeIntervalSince1970: 1_793_491_200)  // 2026-11-01T00:00:00Z

  @Test("a v2 database (with the time indexes) opens, keeps its rows, loses the indexes, and still folds and prunes")
  func fromVersion2() async throws {
    let directory = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: (directory.database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let startMs = Int64(Self.start.timeIntervalSince1970 * 1000)
    do {
      let pool = try DatabasePool(path: directory.database)
      try HistorySchema.migrator.migrate(pool, upTo: "v2: alerts")
      try await pool.write { db in
        // An aggregate from the first day, a refresh three days old (to fold) and one recent.
        try db.execute(
          sql: """
            INSERT INTO minute VALUES ('okx-main', 'okx', ?, 3, 'ok', 'watch', 0,
              '0.41', '0.5500000000000000001', '0.45', '100000.123456789012345678', '100022.1', '100001.5',
              '90000.5', '90066.5', '90003.5');
            INSERT INTO refresh (account, venue, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd)
              VALUES ('okx-main', 'okx', ?, 'warn', 0, '0.7200000000000000000000000001', '100005.123456789012345678', NULL);
            INSERT INTO refresh (account, venue, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd)
              VALUES ('okx-alt', 'okx', ?, 'unknown', 0, NULL, '5.5', '4.25');
            INSERT INTO refresh_currency VALUES (1, 0, 'USDT', '50000.000001', '10.5', 2, 0);
            """,
          arguments: [startMs, startMs + 86_400_000, startMs + 4 * 86_400_000])
        #expect(try Self.indexes(db).contains("refresh_by_time"))
      }
      try pool.close()
    }

    let clock = TestClock(Self.start.addingTimeInterval(4 * 86_400 + 60))
    let opening = try HistoryStore.open(path: directory.database, clock: clock.historyClock)
    #expect(opening.warnings.isEmpty)
    let store = opening.store
    let indexes = try await store.pool.read { db in try Self.indexes(db) }
    #expect(!indexes.contains("refresh_by_time"))
    #expect(!indexes.contains("minute_by_time"))
    // Version 4 keys refreshes by account and time, which needs no index of its own.
    #expect(!indexes.contains("refresh_by_account"))

    let before = try store.rows(HistoryQuery())
    #expect(before.map(\.resolution) == [.minute, .refresh, .refresh])
    #expect(before.map(\.account) == ["okx-main", "okx-main", "okx-alt"])
    #expect(before[0].marginUsageMax == "0.5500000000000000001")
    #expect(before[0].equityUSDMin == "100000.123456789012345678")
    #expect(before[0].worstLevel == "watch")
    #expect(before[1].marginUsage == "0.7200000000000000000000000001")
    #expect(before[1].adjustedEquityUSD == nil)
    #expect(before[2].marginUsage == nil)

    // Maintenance, now per account without the time indexes: the old refresh becomes a minute,
    // the recent one stays, the first day's minute is kept (under 90 days).
    #expect(try await OffPool.run { store.maintain() } == .written)
    let after = try store.rows(HistoryQuery())
    #expect(after.map(\.resolution) == [.minute, .minute, .refresh])
    #expect(after[1].account == "okx-main")
    #expect(after[1].level == "warn")
    #expect(after[1].marginUsageMin == "0.7200000000000000000000000001")
    #expect(after[1].equityUSDMax == "100005.123456789012345678")
    #expect(after[2].account == "okx-alt")
    let currencies = try await store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT currency, equity_last, liabilities_last FROM minute_currency_named")
    }
    #expect(currencies.count == 1)
    #expect(currencies.first.flatMap { StoredValue.text($0, "equity_last") } == "50000.000001")

    // Ninety-one days on, the minutes go, account by account.
    clock.set(Self.start.addingTimeInterval(95 * 86_400))
    #expect(try await OffPool.run { store.maintain() } == .written)
    #expect(try store.rows(HistoryQuery()).filter { $0.resolution == .minute }.isEmpty)
  }

  static func indexes(_ db: Database) throws -> Set<String> {
    Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
  }
}
