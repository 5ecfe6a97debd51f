import GRDB

/// One currency's refreshes in one minute: min, max and last of equity and liabilities, and
/// the worst of its two risk scales.
struct CurrencyAggregate {
  var equity: MinuteAggregate.Span
  var liabilities: MinuteAggregate.Span
  var autoConversionRisk: Int64?
  var forcedRepaymentRisk: Int64?

  init(row: Row) {
    equity = MinuteAggregate.Span(StoredValue.text(row, "equity"))
    liabilities = MinuteAggregate.Span(StoredValue.text(row, "liabilities"))
    autoConversionRisk = StoredValue.int(row, "auto_conversion_risk")
    forcedRepaymentRisk = StoredValue.int(row, "forced_repayment_risk")
  }

  /// Whether this minute held every figure at `previous`'s last, with the same risk levels: a
  /// row for it would repeat the last one.
  func isSteady(at previous: CurrencyAggregate) -> Bool {
    equity.isSteady(at: previous.equity.last) && liabilities.isSteady(at: previous.liabilities.last)
      && autoConversionRisk == previous.autoConversionRisk && forcedRepaymentRisk == previous.forcedRepaymentRisk
  }

  /// The figures this minute ended with, held: the worst risk levels stand in for the last
  /// ones, which a minute does not keep (risk is never understated).
  var held: CurrencyAggregate {
    var result = self
    result.equity = MinuteAggregate.Span(equity.last)
    result.liabilities = MinuteAggregate.Span(liabilities.last)
    return result
  }

  /// The last minute saved for `currency` before `minute`: the figures it held since, as a
  /// missing minute means "unchanged".
  static func lastSaved(account: Int64, currency: Int64, before minute: Int64, _ db: Database) throws -> CurrencyAggregate? {
    try Row.fetchOne(
      db,
      sql: """
        SELECT * FROM minute_currency WHERE account_id = ? AND minute_ms < ? AND currency_id = ?
        ORDER BY minute_ms DESC LIMIT 1
        """,
      arguments: [account, minute, currency]
    ).map(CurrencyAggregate.init(minute:))
  }

  func merged(with later: CurrencyAggregate) -> CurrencyAggregate {
    var result = later
    result.equity = equity.merged(with: later.equity)
    result.liabilities = liabilities.merged(with: later.liabilities)
    result.autoConversionRisk = Self.worse(autoConversionRisk, later.autoConversionRisk)
    result.forcedRepaymentRisk = Self.worse(forcedRepaymentRisk, later.forcedRepaymentRisk)
    return result
  }

  func save(_ key: MinuteKey, currency: Int64, _ db: Database) throws {
    // A minute folded again (another instance wrote late) keeps the currency's earlier figures.
    var merged = self
    if let existing = try Row.fetchOne(
      db, sql: "SELECT * FROM minute_currency WHERE account_id = ? AND minute_ms = ? AND currency_id = ?",
      arguments: [key.account, key.minute, currency])
    {
      merged = CurrencyAggregate(minute: existing).merged(with: self)
    }
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO minute_currency (account_id, minute_ms, currency_id, equity_min, equity_max, equity_last,
          liabilities_min, liabilities_max, liabilities_last, auto_conversion_risk_max, forced_repayment_risk_max)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        key.account, key.minute, currency, merged.equity.stored.min, merged.equity.stored.max, merged.equity.stored.last,
        merged.liabilities.stored.min, merged.liabilities.stored.max, merged.liabilities.stored.last,
        merged.autoConversionRisk, merged.forcedRepaymentRisk,
      ])
  }

  private init(minute row: Row) {
    equity = MinuteAggregate.Span(row, "equity")
    liabilities = MinuteAggregate.Span(row, "liabilities")
    autoConversionRisk = StoredValue.int(row, "auto_conversion_risk_max")
    forcedRepaymentRisk = StoredValue.int(row, "forced_repayment_risk_max")
  }

  private static func worse(_ a: Int64?, _ b: Int64?) -> Int64? {
    guard let a else { return b }
    guard let b else { return a }
    return Swift.max(a, b)
  }
}
