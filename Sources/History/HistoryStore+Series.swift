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
      let minutes = try Row.fetchAll(
        db,
        sql: """
          SELECT minute_ms, samples, worst_level, past_liquidation, margin_usage_min, margin_usage_max, margin_usage_last,
            equity_usd_min, equity_usd_max, equity_usd_last
          FROM minute WHERE account = ? AND minute_ms >= ? AND minute_ms < ? ORDER BY minute_ms
          """,
        arguments: [account, from, to])
      for row in minutes {
        guard let at = StoredValue.int(row, "minute_ms") else { continue }
        add(
          at,
          HistorySample(
            at: start, samples: Int(StoredValue.int(row, "samples") ?? 1),
            usageMax: Self.amount(row, "margin_usage_max"), usageMin: Self.amount(row, "margin_usage_min"),
            usageLast: Self.amount(row, "margin_usage_last"), equityMin: Self.amount(row, "equity_usd_min"),
            equityMax: Self.amount(row, "equity_usd_max"), equityLast: Self.amount(row, "equity_usd_last"),
            worstLevel: Self.level(StoredValue.text(row, "worst_level")),
            pastLiquidation: StoredValue.bool(row, "past_liquidation")))
      }
      let refreshes = try Row.fetchAll(
        db,
        sql: """
          SELECT at_ms, level, past_liquidation, margin_usage, equity_usd
          FROM refresh WHERE account = ? AND at_ms >= ? AND at_ms < ? ORDER BY at_ms, id
          """,
        arguments: [account, from, to])
      for row in refreshes {
        guard let at = StoredValue.int(row, "at_ms") else { continue }
        let usage = Self.amount(row, "margin_usage")
        let equity = Self.amount(row, "equity_usd")
        add(
          at,
          HistorySample(
            at: start, samples: 1, usageMax: usage, usageMin: usage, usageLast: usage, equityMin: equity,
            equityMax: equity, equityLast: equity, worstLevel: Self.level(StoredValue.text(row, "level")),
            pastLiquidation: StoredValue.bool(row, "past_liquidation")))
      }
      return result.keys.sorted().compactMap { result[$0] }
    }
  }

  private static func amount(_ row: Row, _ column: String) -> Amount? {
    StoredValue.text(row, column).flatMap { Amount($0) }
  }

  /// A stored level; text no version wrote reads as `unknown`, which ranks above ok.
  private static func level(_ text: String?) -> RiskLevel {
    text.flatMap(RiskLevel.init(storedName:)) ?? .unknown
  }
}
