import GRDB

/// The tables and their migrations. Every figure is exact decimal TEXT as the venue sent it
/// (`Amount.text`), never REAL: a float would round the figures the history is there to keep.
enum HistorySchema {
  /// Each refresh's rows, kept for `fullResolution`, then folded into `minute` rows.
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: refreshes and minute aggregates") { db in
      try db.execute(
        sql: """
          CREATE TABLE refresh (
            id INTEGER PRIMARY KEY,
            account TEXT NOT NULL,
            venue TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            level TEXT NOT NULL,
            past_liquidation INTEGER NOT NULL,
            margin_usage TEXT,
            equity_usd TEXT,
            adjusted_equity_usd TEXT
          );
          CREATE INDEX refresh_by_time ON refresh(at_ms);
          CREATE INDEX refresh_by_account ON refresh(account, at_ms);
          CREATE TABLE refresh_currency (
            refresh_id INTEGER NOT NULL REFERENCES refresh(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            currency TEXT NOT NULL,
            equity TEXT,
            liabilities TEXT,
            auto_conversion_risk INTEGER,
            forced_repayment_risk INTEGER,
            PRIMARY KEY (refresh_id, position)
          ) WITHOUT ROWID;
          CREATE TABLE minute (
            account TEXT NOT NULL,
            venue TEXT NOT NULL,
            minute_ms INTEGER NOT NULL,
            samples INTEGER NOT NULL,
            level TEXT NOT NULL,
            worst_level TEXT NOT NULL,
            past_liquidation INTEGER NOT NULL,
            margin_usage_min TEXT, margin_usage_max TEXT, margin_usage_last TEXT,
            equity_usd_min TEXT, equity_usd_max TEXT, equity_usd_last TEXT,
            adjusted_equity_usd_min TEXT, adjusted_equity_usd_max TEXT, adjusted_equity_usd_last TEXT,
            PRIMARY KEY (account, minute_ms)
          ) WITHOUT ROWID;
          CREATE INDEX minute_by_time ON minute(minute_ms);
          CREATE TABLE minute_currency (
            account TEXT NOT NULL,
            minute_ms INTEGER NOT NULL,
            currency TEXT NOT NULL,
            equity_min TEXT, equity_max TEXT, equity_last TEXT,
            liabilities_min TEXT, liabilities_max TEXT, liabilities_last TEXT,
            auto_conversion_risk_max INTEGER,
            forced_repayment_risk_max INTEGER,
            PRIMARY KEY (account, minute_ms, currency),
            FOREIGN KEY (account, minute_ms) REFERENCES minute(account, minute_ms) ON DELETE CASCADE
          ) WITHOUT ROWID;
          """)
    }
    migrator.registerMigration("v2: alerts") { db in
      try db.execute(
        sql: """
          CREATE TABLE alert (
            id INTEGER PRIMARY KEY,
            account TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            subject TEXT NOT NULL,
            currency TEXT,
            level TEXT NOT NULL,
            previous_level TEXT,
            message TEXT NOT NULL
          );
          CREATE INDEX alert_by_account ON alert(account, at_ms);
          """)
    }
    // Each index costs about as much space as its table: maintenance reaches refreshes and
    // minutes per account through `refresh_by_account` and `minute`'s primary key instead.
    migrator.registerMigration("v3: no index on time alone") { db in
      try db.execute(sql: "DROP INDEX IF EXISTS refresh_by_time; DROP INDEX IF EXISTS minute_by_time;")
    }
    migrator.registerMigration(version4Identifier) { db in
      try version4(db)
    }
    return migrator
  }()

  static let version4Identifier = "v4: ids for accounts, currencies and levels; refreshes keyed by account and time"

  /// Runs the migrations. Moving a version 3 file to version 4 copies every row, so the file
  /// briefly holds both; afterwards it is rebuilt and the log truncated, or it would keep the
  /// old tables' pages on disk for good. That rebuild is best effort: a file left large (a
  /// disk too full to rebuild it, another instance reading) still works.
  static func migrate(_ pool: DatabasePool, upgrading: () -> Void = {}) throws {
    let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
    let rewrites = !applied.isEmpty && !applied.contains(version4Identifier)
    if rewrites { upgrading() }
    try migrator.migrate(pool)
    guard rewrites else { return }
    try? pool.vacuum()
    _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
  }
}
