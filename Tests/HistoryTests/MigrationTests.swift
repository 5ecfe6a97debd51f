import ExchangeModel
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
    let currencies = try store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT currency, equity_last, liabilities_last FROM minute_currency_named")
    }
    #expect(currencies.count == 1)
    #expect(currencies.first.flatMap { StoredValue.text($0, "equity_last") } == "50000.000001")

    // Ninety-one days on, the minutes go, account by account.
    clock.set(Self.start.addingTimeInterval(95 * 86_400))
    #expect(try await OffPool.run { store.maintain() } == .written)
    #expect(try store.rows(HistoryQuery()).filter { $0.resolution == .minute }.isEmpty)
  }

  @Test("a v3 database opens under v4 with every row: names become ids, levels codes, a refresh in a taken millisecond moves on")
  func fromVersion3() async throws {
    let directory = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: (directory.database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let startMs = Int64(Self.start.timeIntervalSince1970 * 1000)
    // Ten seconds before the fourth day: recent when the store opens, folded two days later.
    let t = startMs + 4 * 86_400_000 - 10_000
    do {
      let pool = try DatabasePool(path: directory.database)
      try HistorySchema.migrator.migrate(pool, upTo: "v3: no index on time alone")
      try await pool.write { db in
        // One name on two venues (two accounts); three okx refreshes in two milliseconds (two
        // instances); a level name no version wrote.
        try db.execute(
          sql: """
            INSERT INTO minute VALUES ('okx-main', 'okx', ?, 3, 'ok', 'watch', 0,
              '0.41', '0.5500000000000000001', '0.45', '100000.1', '100000.1', '100000.1', NULL, NULL, NULL);
            INSERT INTO minute VALUES ('okx-main', 'bybit', ?, 1, 'fatal', 'danger', 1,
              '1.2', '1.2', '1.2', '5', '5', '5', '4.0', '4.00', '4');
            INSERT INTO minute_currency VALUES ('okx-main', ?, 'USDT', '5.1', '5.1', '5.1', '10.5', '10.75', '10.5', 2, NULL);
            INSERT INTO refresh (account, venue, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd)
              VALUES ('okx-main', 'okx', ?, 'warn', 0, '0.7200000000000000000000000001', '100005.123456789012345678', NULL);
            INSERT INTO refresh (account, venue, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd)
              VALUES ('okx-main', 'okx', ?, 'critical', 1, NULL, '5.5', '4.25');
            INSERT INTO refresh (account, venue, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd)
              VALUES ('okx-main', 'okx', ?, 'watch', 0, '0.6', '100004.5', '90000.25');
            INSERT INTO refresh (account, venue, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd)
              VALUES ('okx-main', 'bybit', ?, 'ok', 0, '0.1', '7', NULL);
            INSERT INTO refresh_currency VALUES (1, 0, 'USDT', '50000.000001', '10.5', 2, 0);
            INSERT INTO refresh_currency VALUES (2, 0, 'USDT', '50000.000001', '10.5', 2, 0);
            INSERT INTO refresh_currency VALUES (2, 1, 'BTC', '1.5', NULL, NULL, NULL);
            INSERT INTO refresh_currency VALUES (3, 0, 'USDT', '50000.000003', '10.5', 0, 0);
            INSERT INTO alert (account, at_ms, subject, level, message) VALUES ('okx-main', ?, 'margin usage', 'warn', 'usage 72 %');
            """,
          arguments: [startMs, startMs + 60_000, startMs, t, t, t + 1, t, t])
      }
      try pool.close()
    }

    let clock = TestClock(Self.start.addingTimeInterval(4 * 86_400))
    var upgrades = 0
    let opening = try HistoryStore.open(path: directory.database, clock: clock.historyClock) { upgrades += 1 }
    #expect(opening.warnings.isEmpty)
    #expect(upgrades == 1, "the user is told before the file is rewritten")
    let store = opening.store
    let accounts = try await store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT name, venue FROM account ORDER BY id").map {
        [StoredValue.text($0, "name"), StoredValue.text($0, "venue")]
      }
    }
    #expect(accounts == [["okx-main", "bybit"], ["okx-main", "okx"]])

    let rows = try store.rows(HistoryQuery())
    let time = { (ms: Int64) in Timestamp.text(epochMilliseconds: ms) }
    #expect(rows.map(\.time) == [time(startMs), time(startMs + 60_000), time(t), time(t), time(t + 1), time(t + 2)])
    #expect(rows.map(\.venue) == ["okx", "bybit", "bybit", "okx", "okx", "okx"])
    #expect(rows.allSatisfy { $0.account == "okx-main" })
    #expect(rows.map(\.level) == ["ok", "unknown", "ok", "warn", "critical", "watch"])
    #expect(rows.map(\.worstLevel) == ["watch", "danger", "ok", "warn", "critical", "watch"])
    #expect(rows.map(\.pastLiquidation) == [false, true, false, false, true, false])
    #expect(rows[0].marginUsageMax == "0.5500000000000000001")
    #expect([rows[0].equityUSDMin, rows[0].equityUSDMax, rows[0].equityUSD] == ["100000.1", "100000.1", "100000.1"])
    #expect([rows[0].adjustedEquityUSDMin, rows[0].adjustedEquityUSDMax, rows[0].adjustedEquityUSD] == [nil, nil, nil])
    // Equal values in other text stay as they were written.
    #expect([rows[1].adjustedEquityUSDMin, rows[1].adjustedEquityUSDMax, rows[1].adjustedEquityUSD] == ["4.0", "4.00", "4"])
    #expect(rows[3].marginUsage == "0.7200000000000000000000000001")
    #expect(rows[3].equityUSD == "100005.123456789012345678")
    #expect(rows[3].adjustedEquityUSD == nil)
    #expect(rows[4].marginUsage == nil)
    #expect(rows[5].adjustedEquityUSD == "90000.25")
    #expect(try store.alerts(account: "okx-main", since: Self.start).map(\.level) == [.warn])

    let currencies = try await store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT at_ms, currency, equity FROM refresh_currency_named ORDER BY at_ms, position")
        .map { "\(StoredValue.int($0, "at_ms") ?? 0) \(StoredValue.text($0, "currency") ?? "") \(StoredValue.text($0, "equity") ?? "")" }
    }
    #expect(currencies == ["\(t) USDT 50000.000001", "\(t + 1) USDT 50000.000001", "\(t + 1) BTC 1.5", "\(t + 2) USDT 50000.000003"])
    let check = try await store.pool.read { db in
      (
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, try String.fetchOne(db, sql: "PRAGMA integrity_check"),
        try Int.fetchOne(db, sql: "PRAGMA freelist_count")
      )
    }
    #expect(check.0 == 0 && check.1 == "ok")
    // Rebuilt after the copy: the old tables' pages went back to the file system.
    #expect(check.2 == 0)
    // Opened again (or by a second instance afterwards), the file is not rewritten again.
    let again = try HistoryStore.open(path: directory.database, clock: clock.historyClock) { upgrades += 1 }
    #expect(upgrades == 1)
    try again.store.pool.close()
    // A new file is made at the current schema: nothing to upgrade.
    let fresh = try TemporaryDirectory()
    _ = try HistoryStore.open(path: fresh.database) { upgrades += 1 }
    #expect(upgrades == 1)

    // Two days on the refreshes fold: the okx account's three into one minute, with currencies.
    clock.set(Self.start.addingTimeInterval(6 * 86_400 + 60))
    #expect(try await OffPool.run { store.maintain() } == .written)
    let folded = try store.rows(HistoryQuery()).filter { $0.time == time((t / 60_000) * 60_000) }
    #expect(folded.map(\.venue) == ["bybit", "okx"])
    #expect(folded.map(\.samples) == [1, 3])
    #expect(folded.last?.level == "watch" && folded.last?.worstLevel == "critical" && folded.last?.pastLiquidation == true)
    #expect(folded.last?.marginUsageMin == "0.6" && folded.last?.marginUsageMax == "0.7200000000000000000000000001")
    let minuteCurrencies = try await store.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT minute_ms, currency, equity_min, equity_max, equity_last, liabilities_min, liabilities_last,
            auto_conversion_risk_max
          FROM minute_currency_named ORDER BY minute_ms, currency
          """
      ).map { row in
        ["currency", "equity_min", "equity_max", "equity_last", "liabilities_min", "liabilities_last"].map {
          StoredValue.text(row, $0) ?? "-"
        } + [StoredValue.int(row, "auto_conversion_risk_max").map(String.init) ?? "-"]
      }
    }
    #expect(
      minuteCurrencies == [
        ["USDT", "5.1", "5.1", "5.1", "10.5", "10.5", "2"],
        ["BTC", "1.5", "1.5", "1.5", "-", "-", "-"],
        ["USDT", "50000.000001", "50000.000003", "50000.000003", "10.5", "10.5", "2"],
      ])
  }

  static func indexes(_ db: Database) throws -> Set<String> {
    Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
  }
}
