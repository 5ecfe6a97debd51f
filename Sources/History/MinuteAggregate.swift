import ExchangeModel
import GRDB

/// The refreshes of one account in one minute: min, max and last of each figure, the last and
/// the worst level.
struct MinuteAggregate {
  var samples: Int
  var level: RiskLevel
  var worstLevel: RiskLevel
  var pastLiquidation: Bool
  var usage: Span
  var equity: Span
  var adjustedEquity: Span

  /// Min, max and last of one figure, as exact decimal text.
  struct Span {
    var min: String?
    var max: String?
    var last: String?

    init(min: String?, max: String?, last: String?) {
      self.min = min
      self.max = max
      self.last = last
    }

    init(_ value: String?) {
      self.init(min: value, max: value, last: value)
    }

    /// Reads `name_min`, `name_max` and `name_last` of a minute row, where an empty `_min` or
    /// `_max` is the `_last` figure (see `stored`).
    init(_ row: Row, _ name: String) {
      let last = StoredValue.text(row, name + "_last")
      func bound(_ column: String) -> String? {
        let text = StoredValue.text(row, column)
        return text == "" ? last : text
      }
      self.init(min: bound(name + "_min"), max: bound(name + "_max"), last: last)
    }

    /// Min, max and last as a minute row holds them: a min or max with the same text as the
    /// last is empty text instead of a second copy (a venue never sends an empty decimal, and
    /// NULL stays "no figure").
    var stored: (min: String?, max: String?, last: String?) {
      (min == last && last != nil ? "" : min, max == last && last != nil ? "" : max, last)
    }

    /// Whether min, max and last are all `value` (the same text, so the same figure).
    func isSteady(at value: String?) -> Bool {
      min == value && max == value && last == value
    }

    /// `later` came after this span: its last wins, even when it is missing (the figure was
    /// not applicable at the end of the minute).
    func merged(with later: Span) -> Span {
      Span(min: Span.pick(min, later.min) { $0 < $1 }, max: Span.pick(max, later.max) { $0 > $1 }, last: later.last)
    }

    /// The better of two figures by value (SQLite's MIN and MAX on TEXT compare letters, so `"10"`
    /// would sort before `"9"`); a figure that is missing or does not parse loses.
    private static func pick(_ a: String?, _ b: String?, _ better: (ExactDecimal, ExactDecimal) -> Bool) -> String? {
      guard let a, let av = Amount(a)?.value else { return b }
      guard let b, let bv = Amount(b)?.value else { return a }
      return better(bv, av) ? b : a
    }
  }

  init(refresh row: Row) {
    samples = 1
    level = RiskLevel(storedCode: StoredValue.int(row, "level"))
    worstLevel = level
    pastLiquidation = StoredValue.bool(row, "past_liquidation")
    usage = Span(StoredValue.text(row, "margin_usage"))
    equity = Span(StoredValue.text(row, "equity_usd"))
    adjustedEquity = Span(StoredValue.text(row, "adjusted_equity_usd"))
  }

  init(minute row: Row) {
    samples = StoredValue.int(row, "samples").flatMap { Int(exactly: $0) } ?? 0
    level = RiskLevel(storedCode: StoredValue.int(row, "level"))
    worstLevel = RiskLevel(storedCode: StoredValue.int(row, "worst_level"))
    pastLiquidation = StoredValue.bool(row, "past_liquidation")
    usage = Span(row, "margin_usage")
    equity = Span(row, "equity_usd")
    adjustedEquity = Span(row, "adjusted_equity_usd")
  }

  /// This minute followed by `later`'s refreshes.
  func merged(with later: MinuteAggregate) -> MinuteAggregate {
    var result = later
    let (samples, overflow) = samples.addingReportingOverflow(later.samples)
    result.samples = overflow ? Int.max : samples
    result.worstLevel = max(worstLevel, later.worstLevel)
    result.pastLiquidation = pastLiquidation || later.pastLiquidation
    result.usage = usage.merged(with: later.usage)
    result.equity = equity.merged(with: later.equity)
    result.adjustedEquity = adjustedEquity.merged(with: later.adjustedEquity)
    return result
  }

  /// An upsert, not INSERT OR REPLACE: a replace deletes the row first, and the delete would
  /// cascade to the minute's currency rows.
  func save(_ key: MinuteKey, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO minute (account_id, minute_ms, samples, level, worst_level, past_liquidation,
          margin_usage_min, margin_usage_max, margin_usage_last, equity_usd_min, equity_usd_max, equity_usd_last,
          adjusted_equity_usd_min, adjusted_equity_usd_max, adjusted_equity_usd_last)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (account_id, minute_ms) DO UPDATE SET
          samples = excluded.samples, level = excluded.level,
          worst_level = excluded.worst_level, past_liquidation = excluded.past_liquidation,
          margin_usage_min = excluded.margin_usage_min, margin_usage_max = excluded.margin_usage_max,
          margin_usage_last = excluded.margin_usage_last, equity_usd_min = excluded.equity_usd_min,
          equity_usd_max = excluded.equity_usd_max, equity_usd_last = excluded.equity_usd_last,
          adjusted_equity_usd_min = excluded.adjusted_equity_usd_min,
          adjusted_equity_usd_max = excluded.adjusted_equity_usd_max,
          adjusted_equity_usd_last = excluded.adjusted_equity_usd_last
        """,
      arguments: [
        key.account, key.minute, samples, level.storedCode, worstLevel.storedCode, pastLiquidation,
        usage.stored.min, usage.stored.max, usage.stored.last, equity.stored.min, equity.stored.max, equity.stored.last,
        adjustedEquity.stored.min, adjustedEquity.stored.max, adjustedEquity.stored.last,
      ])
  }
}
