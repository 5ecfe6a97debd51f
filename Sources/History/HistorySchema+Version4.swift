import ExchangeModel
import GRDB

extension HistorySchema {
  /// The tables of version 4. Rows name their account and currency by an integer id and their
  /// level by its code: a name repeated in every row and index took a tenth of the file. In
  /// `minute` and `minute_currency` an empty `_min` or `_max` is the same text as the `_last`
  /// (`MinuteAggregate.Span.stored`): most minutes of a currency hold one figure throughout.
  static let version4Tables = """
    CREATE TABLE level (
      code INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    );
    CREATE TABLE account (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      venue TEXT NOT NULL,
      UNIQUE (name, venue)
    );
    CREATE TABLE currency (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    );
    CREATE TABLE refresh (
      account_id INTEGER NOT NULL REFERENCES account(id),
      at_ms INTEGER NOT NULL,
      level INTEGER NOT NULL,
      past_liquidation INTEGER NOT NULL,
      margin_usage TEXT,
      equity_usd TEXT,
      adjusted_equity_usd TEXT,
      PRIMARY KEY (account_id, at_ms)
    ) WITHOUT ROWID;
    CREATE TABLE refresh_currency (
      account_id INTEGER NOT NULL,
      at_ms INTEGER NOT NULL,
      position INTEGER NOT NULL,
      currency_id INTEGER NOT NULL REFERENCES currency(id),
      equity TEXT,
      liabilities TEXT,
      auto_conversion_risk INTEGER,
      forced_repayment_risk INTEGER,
      PRIMARY KEY (account_id, at_ms, position),
      FOREIGN KEY (account_id, at_ms) REFERENCES refresh(account_id, at_ms) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE TABLE minute (
      account_id INTEGER NOT NULL REFERENCES account(id),
      minute_ms INTEGER NOT NULL,
      samples INTEGER NOT NULL,
      level INTEGER NOT NULL,
      worst_level INTEGER NOT NULL,
      past_liquidation INTEGER NOT NULL,
      margin_usage_min TEXT, margin_usage_max TEXT, margin_usage_last TEXT,
      equity_usd_min TEXT, equity_usd_max TEXT, equity_usd_last TEXT,
      adjusted_equity_usd_min TEXT, adjusted_equity_usd_max TEXT, adjusted_equity_usd_last TEXT,
      PRIMARY KEY (account_id, minute_ms)
    ) WITHOUT ROWID;
    CREATE TABLE minute_currency (
      account_id INTEGER NOT NULL,
      minute_ms INTEGER NOT NULL,
      currency_id INTEGER NOT NULL REFERENCES currency(id),
      equity_min TEXT, equity_max TEXT, equity_last TEXT,
      liabilities_min TEXT, liabilities_max TEXT, liabilities_last TEXT,
      auto_conversion_risk_max INTEGER,
      forced_repayment_risk_max INTEGER,
      PRIMARY KEY (account_id, minute_ms, currency_id),
      FOREIGN KEY (account_id, minute_ms) REFERENCES minute(account_id, minute_ms) ON DELETE CASCADE
    ) WITHOUT ROWID;
    """

  /// Views with the names instead of the ids, for reading the file with `sqlite3`.
  static let version4Views = """
    CREATE VIEW refresh_named AS
      SELECT a.name AS account, a.venue AS venue, r.at_ms AS at_ms, coalesce(l.name, 'unknown') AS level,
        r.past_liquidation AS past_liquidation, r.margin_usage AS margin_usage, r.equity_usd AS equity_usd,
        r.adjusted_equity_usd AS adjusted_equity_usd
      FROM refresh r JOIN account a ON a.id = r.account_id LEFT JOIN level l ON l.code = r.level;
    CREATE VIEW refresh_currency_named AS
      SELECT a.name AS account, a.venue AS venue, c.at_ms AS at_ms, c.position AS position, k.name AS currency,
        c.equity AS equity,
        c.liabilities AS liabilities, c.auto_conversion_risk AS auto_conversion_risk,
        c.forced_repayment_risk AS forced_repayment_risk
      FROM refresh_currency c JOIN account a ON a.id = c.account_id JOIN currency k ON k.id = c.currency_id;
    CREATE VIEW minute_named AS
      SELECT a.name AS account, a.venue AS venue, m.minute_ms AS minute_ms, m.samples AS samples,
        coalesce(l.name, 'unknown') AS level, coalesce(w.name, 'unknown') AS worst_level,
        m.past_liquidation AS past_liquidation,
        \(spelledOut("m", "margin_usage")), \(spelledOut("m", "equity_usd")), \(spelledOut("m", "adjusted_equity_usd"))
      FROM minute m JOIN account a ON a.id = m.account_id
        LEFT JOIN level l ON l.code = m.level LEFT JOIN level w ON w.code = m.worst_level;
    CREATE VIEW minute_currency_named AS
      SELECT a.name AS account, a.venue AS venue, c.minute_ms AS minute_ms, k.name AS currency,
        \(spelledOut("c", "equity")), \(spelledOut("c", "liabilities")),
        c.auto_conversion_risk_max AS auto_conversion_risk_max, c.forced_repayment_risk_max AS forced_repayment_risk_max
      FROM minute_currency c JOIN account a ON a.id = c.account_id JOIN currency k ON k.id = c.currency_id;
    """

  /// `name_min`, `name_max` and `name_last` of `table` with an empty min or max read as the last.
  private static func spelledOut(_ table: String, _ name: String) -> String {
    ["_min", "_max"].map { suffix in
      "CASE \(table).\(name)\(suffix) WHEN '' THEN \(table).\(name)_last ELSE \(table).\(name)\(suffix) END AS \(name)\(suffix)"
    }.joined(separator: ", ") + ", \(table).\(name)_last AS \(name)_last"
  }

  /// `name_min`, `name_max` and `name_last` of a version 3 `table`, a min or max that repeats
  /// the last left empty.
  private static func compacted(_ table: String, _ name: String) -> String {
    ["_min", "_max"].map { suffix in
      "CASE WHEN \(table).\(name)\(suffix) = \(table).\(name)_last THEN '' ELSE \(table).\(name)\(suffix) END"
    }.joined(separator: ", ") + ", \(table).\(name)_last"
  }

  /// Moves a version 3 database to version 4 with all its rows: the old tables are renamed
  /// aside, the new ones filled from them, and the old ones dropped. A level name no version
  /// of margintop wrote becomes `unknown`, as every reader already took it.
  static func version4(_ db: Database) throws {
    // Another instance may have moved the file on between reading the applied migrations and
    // this transaction: its work is done, and renaming its tables aside would undo it.
    guard try !db.tableExists("account") else { return }
    try db.execute(
      sql: """
        ALTER TABLE refresh RENAME TO v3_refresh;
        ALTER TABLE refresh_currency RENAME TO v3_refresh_currency;
        ALTER TABLE minute RENAME TO v3_minute;
        ALTER TABLE minute_currency RENAME TO v3_minute_currency;
        """)
    try db.execute(sql: version4Tables)
    let levels = RiskLevel.allCases.map { "(\($0.storedCode), '\($0.name)')" }.joined(separator: ", ")
    try db.execute(sql: "INSERT INTO level (code, name) VALUES " + levels)
    let unknown = RiskLevel.unknown.storedCode
    try db.execute(
      sql: """
        INSERT INTO account (name, venue)
          SELECT account, venue FROM v3_refresh UNION SELECT account, venue FROM v3_minute ORDER BY 1, 2;
        INSERT INTO currency (name)
          SELECT currency FROM v3_refresh_currency UNION SELECT currency FROM v3_minute_currency ORDER BY 1;
        CREATE TEMPORARY TABLE v3_refresh_key (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, at_ms INTEGER NOT NULL);
        INSERT INTO v3_refresh_key (id, account_id, at_ms)
          SELECT r.id, a.id, r.at_ms FROM v3_refresh r JOIN account a ON a.name = r.account AND a.venue = r.venue;
        """)
    try separateSameMillisecond(db)
    try db.execute(
      sql: """
        INSERT INTO refresh (account_id, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd)
          SELECT k.account_id, k.at_ms, coalesce((SELECT code FROM level WHERE name = r.level), \(unknown)),
            r.past_liquidation, r.margin_usage, r.equity_usd, r.adjusted_equity_usd
          FROM v3_refresh r JOIN v3_refresh_key k ON k.id = r.id ORDER BY k.account_id, k.at_ms;
        INSERT INTO refresh_currency (account_id, at_ms, position, currency_id, equity, liabilities,
            auto_conversion_risk, forced_repayment_risk)
          SELECT k.account_id, k.at_ms, c.position, n.id, c.equity, c.liabilities, c.auto_conversion_risk,
            c.forced_repayment_risk
          FROM v3_refresh_currency c JOIN v3_refresh_key k ON k.id = c.refresh_id JOIN currency n ON n.name = c.currency
          ORDER BY k.account_id, k.at_ms, c.position;
        INSERT INTO minute (account_id, minute_ms, samples, level, worst_level, past_liquidation,
            margin_usage_min, margin_usage_max, margin_usage_last, equity_usd_min, equity_usd_max, equity_usd_last,
            adjusted_equity_usd_min, adjusted_equity_usd_max, adjusted_equity_usd_last)
          SELECT a.id, m.minute_ms, m.samples, coalesce((SELECT code FROM level WHERE name = m.level), \(unknown)),
            coalesce((SELECT code FROM level WHERE name = m.worst_level), \(unknown)), m.past_liquidation,
            \(compacted("m", "margin_usage")), \(compacted("m", "equity_usd")), \(compacted("m", "adjusted_equity_usd"))
          FROM v3_minute m JOIN account a ON a.name = m.account AND a.venue = m.venue ORDER BY a.id, m.minute_ms;
        INSERT INTO minute_currency (account_id, minute_ms, currency_id, equity_min, equity_max, equity_last,
            liabilities_min, liabilities_max, liabilities_last, auto_conversion_risk_max, forced_repayment_risk_max)
          SELECT a.id, c.minute_ms, n.id, \(compacted("c", "equity")), \(compacted("c", "liabilities")),
            c.auto_conversion_risk_max, c.forced_repayment_risk_max
          FROM v3_minute_currency c JOIN v3_minute m ON m.account = c.account AND m.minute_ms = c.minute_ms
            JOIN account a ON a.name = m.account AND a.venue = m.venue JOIN currency n ON n.name = c.currency
          ORDER BY a.id, c.minute_ms, n.id;
        DROP TABLE v3_refresh_key;
        DROP TABLE v3_minute_currency;
        DROP TABLE v3_minute;
        DROP TABLE v3_refresh_currency;
        DROP TABLE v3_refresh;
        """)
    try db.execute(sql: version4Views)
  }

  /// Version 3 keyed a refresh by a row id, so two instances could record one account in the
  /// same millisecond; version 4 keys it by account and time. The later of such refreshes moves
  /// on to the next free millisecond, as a write does now.
  private static func separateSameMillisecond(_ db: Database) throws {
    let rows = try Row.fetchCursor(db, sql: "SELECT id, account_id, at_ms FROM v3_refresh_key ORDER BY account_id, at_ms, id")
    var moves: [(id: Int64, at: Int64)] = []
    var previous: (account: Int64, at: Int64)? = nil
    while let row = try rows.next() {
      guard let id = StoredValue.int(row, "id"), let account = StoredValue.int(row, "account_id"),
        var at = StoredValue.int(row, "at_ms")
      else { continue }
      if let previous, previous.account == account, at <= previous.at {
        let (next, overflow) = previous.at.addingReportingOverflow(1)
        guard !overflow else { throw HistoryError("history: refresh times past the largest millisecond") }
        at = next
        moves.append((id, at))
      }
      previous = (account, at)
    }
    for move in moves {
      try db.execute(sql: "UPDATE v3_refresh_key SET at_ms = ? WHERE id = ?", arguments: [move.at, move.id])
    }
  }
}
