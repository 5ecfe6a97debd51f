import ExchangeModel
import Foundation
import GRDB

extension HistoryStore {
  /// `account`'s history from `start` to `end` in `buckets` equal spans, for a chart or a
  /// sparkline: refreshes where they are still whole, minute aggregates before (their maximum
  /// usage and minimum equity, so no peak is lost). Spans without data are left out, oldest first.
  public func series(account: String, from start: Date, to end: Date, buckets: Int) throws -> [HistorySample] {
    let from = Self.milliseconds(start)
    let to = Self.milliseconds(end)
    guard buckets > 0, to > from else { return [] }
    let (width, overflow) = (to - from).addingReportingOverflow(Int64(buckets) - 1)
    let step = overflow ? Int64.max : max(1, width / Int64(buckets))
    return try pool.read { db in
      var result: [Int64: HistorySample] = [:]
      func add(_ at: Int64, _ sample: HistorySample) {
        let index = (at - from) / step
        let bucketStart = Date(timeIntervalSince1970: Double(from + index * step) / 1000)
        var stamped = sample
        stamped.at = bucketStart
        result[index] = result[index].map { $0.merged(with: stamped) } ?? stamped
      }
      // An account's name used on two venues is two ids; a chart of the name shows both.
      let ids = try HistoryNames.accountIDs(named: account, db)
      var minutes: [Row] = []
      var refreshes: [Row] = []
      for id in ids {
        minutes += try Row.fetchAll(
          db,
          sql: """
            SELECT minute_ms, samples, worst_level, past_liquidation, margin_usage_min, margin_usage_max, margin_usage_last,
              equity_usd_min, equity_usd_max, equity_usd_last
            FROM minute WHERE account_id = ? AND minute_ms >= ? AND minute_ms < ? ORDER BY minute_ms
            """,
          arguments: [id, from, to])
        refreshes += try Row.fetchAll(
          db,
          sql: """
            SELECT at_ms, level, past_liquidation, margin_usage, equity_usd
            FROM refresh WHERE account_id = ? AND at_ms >= ? AND at_ms < ? ORDER BY at_ms
            """,
          arguments: [id, from, to])
      }
      if ids.count > 1 {
        minutes = Self.byTime(minutes, "minute_ms")
        refreshes = Self.byTime(refreshes, "at_ms")
      }
      for row in minutes {
        guard let at = StoredValue.int(row, "minute_ms") else { continue }
        let usage = MinuteAggregate.Span(row, "margin_usage")
        let equity = MinuteAggregate.Span(row, "equity_usd")
        add(
          at,
          HistorySample(
            at: start, samples: StoredValue.int(row, "samples").flatMap { Int(exactly: $0) } ?? 1,
            usageMax: Self.amount(usage.max), usageMin: Self.amount(usage.min), usageLast: Self.amount(usage.last),
            equityMin: Self.amount(equity.min), equityMax: Self.amount(equity.max), equityLast: Self.amount(equity.last),
            worstLevel: RiskLevel(storedCode: StoredValue.int(row, "worst_level")),
            pastLiquidation: StoredValue.bool(row, "past_liquidation")))
      }
      for row in refreshes {
        guard let at = StoredValue.int(row, "at_ms") else { continue }
        let usage = Self.amount(row, "margin_usage")
        let equity = Self.amount(row, "equity_usd")
        add(
          at,
          HistorySample(
            at: start, samples: 1, usageMax: usage, usageMin: usage, usageLast: usage, equityMin: equity,
            equityMax: equity, equityLast: equity, worstLevel: RiskLevel(storedCode: StoredValue.int(row, "level")),
            pastLiquidation: StoredValue.bool(row, "past_liquidation")))
      }
      return result.keys.sorted().compactMap { result[$0] }
    }
  }

  private static func amount(_ row: Row, _ column: String) -> Amount? {
    amount(StoredValue.text(row, column))
  }

  private static func amount(_ text: String?) -> Amount? {
    text.flatMap { Amount($0) }
  }

  /// Rows of several accounts in time order; rows of the same time keep their order.
  private static func byTime(_ rows: [Row], _ column: String) -> [Row] {
    rows.enumerated().sorted { a, b in
      let (ta, tb) = (StoredValue.int(a.element, column) ?? .min, StoredValue.int(b.element, column) ?? .min)
      return ta != tb ? ta < tb : a.offset < b.offset
    }.map(\.element)
  }
}
