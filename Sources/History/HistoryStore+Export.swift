import ExchangeModel
import Foundation
import GRDB

extension HistoryStore {
  /// The rows `query` asks for, minute aggregates and refreshes together, oldest first.
  public func rows(_ query: HistoryQuery) throws -> [HistoryRow] {
    let since = query.since.map(Self.milliseconds) ?? Int64.min
    return try pool.read { db in
      let minutes = try Row.fetchAll(
        db,
        sql: """
          SELECT a.name AS account, a.venue AS venue, m.* FROM minute m JOIN account a ON a.id = m.account_id
          WHERE m.minute_ms >= ? AND (? IS NULL OR a.name = ?) ORDER BY m.minute_ms, a.name, a.id
          """,
        arguments: [since, query.account, query.account])
      let refreshes = try Row.fetchAll(
        db,
        sql: """
          SELECT a.name AS account, a.venue AS venue, r.* FROM refresh r JOIN account a ON a.id = r.account_id
          WHERE r.at_ms >= ? AND (? IS NULL OR a.name = ?) ORDER BY r.at_ms, a.name, a.id
          """,
        arguments: [since, query.account, query.account])
      return minutes.compactMap(Self.minuteRow) + refreshes.compactMap(Self.refreshRow)
    }
  }

  /// The last `limit` margin usages of `account` (refreshes, then minute lasts), oldest first:
  /// what a sparkline starts from after a restart.
  public func recentMarginUsage(account: String, limit: Int) throws -> [Amount?] {
    try pool.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT t, u FROM (
            SELECT at_ms AS t, margin_usage AS u FROM refresh
              WHERE account_id IN (SELECT id FROM account WHERE name = ?)
            UNION ALL SELECT minute_ms AS t, margin_usage_last AS u FROM minute
              WHERE account_id IN (SELECT id FROM account WHERE name = ?))
          ORDER BY t DESC LIMIT ?
          """,
        arguments: [account, account, limit])
      return rows.reversed().map { row in StoredValue.text(row, "u").flatMap { Amount($0) } }
    }
  }

  private static func refreshRow(_ row: Row) -> HistoryRow? {
    guard let account = StoredValue.text(row, "account"), let at = StoredValue.int(row, "at_ms") else { return nil }
    let level = RiskLevel(storedCode: StoredValue.int(row, "level")).name
    let usage = StoredValue.text(row, "margin_usage")
    let equity = StoredValue.text(row, "equity_usd")
    let adjusted = StoredValue.text(row, "adjusted_equity_usd")
    return HistoryRow(
      account: account, venue: StoredValue.text(row, "venue") ?? "",
      time: Timestamp.text(epochMilliseconds: at), resolution: .refresh, samples: 1, level: level,
      worstLevel: level, pastLiquidation: StoredValue.bool(row, "past_liquidation"), marginUsage: usage,
      marginUsageMin: usage, marginUsageMax: usage, equityUSD: equity, equityUSDMin: equity, equityUSDMax: equity,
      adjustedEquityUSD: adjusted, adjustedEquityUSDMin: adjusted, adjustedEquityUSDMax: adjusted)
  }

  private static func minuteRow(_ row: Row) -> HistoryRow? {
    guard let account = StoredValue.text(row, "account"), let at = StoredValue.int(row, "minute_ms") else { return nil }
    let aggregate = MinuteAggregate(minute: row)
    return HistoryRow(
      account: account, venue: StoredValue.text(row, "venue") ?? "", time: Timestamp.text(epochMilliseconds: at),
      resolution: .minute, samples: aggregate.samples, level: aggregate.level.name, worstLevel: aggregate.worstLevel.name,
      pastLiquidation: aggregate.pastLiquidation, marginUsage: aggregate.usage.last, marginUsageMin: aggregate.usage.min,
      marginUsageMax: aggregate.usage.max, equityUSD: aggregate.equity.last, equityUSDMin: aggregate.equity.min,
      equityUSDMax: aggregate.equity.max, adjustedEquityUSD: aggregate.adjustedEquity.last,
      adjustedEquityUSDMin: aggregate.adjustedEquity.min, adjustedEquityUSDMax: aggregate.adjustedEquity.max)
  }
}
