import ExchangeModel
import Foundation
import GRDB

extension HistoryStore {
  /// Folds refreshes older than `fullResolution` into one-minute aggregates, deletes aggregates
  /// older than `aggregateRetention`, then deletes the oldest rows while the data is past the
  /// size cap. Like a write, it returns a warning instead of throwing.
  @discardableResult
  public func maintain() -> HistoryWriteResult {
    let now = Self.milliseconds(clock.now())
    // Only whole minutes are folded, so a minute is never aggregated twice from halves.
    let foldBefore = (now - settings.fullResolution.wholeMilliseconds) / 60_000 * 60_000
    let dropBefore = now - settings.aggregateRetention.wholeMilliseconds
    do {
      // The cache is read and updated inside the write, which the pool runs one at a time.
      try pool.write { db in
        let folded = try fold(before: foldBefore, known: foldedCurrencies.withLock { $0 }, db)
        // Per account through the primary key: there is no index on time alone.
        for account in try HistoryNames.accountIDs(db) {
          try db.execute(
            sql: "DELETE FROM minute WHERE account_id = ? AND minute_ms < ?", arguments: [account, dropBefore])
        }
        try db.execute(sql: "DELETE FROM alert WHERE at_ms < ?", arguments: [dropBefore])
        foldedCurrencies.withLock { cache in
          for (account, currencies) in folded { cache[account, default: [:]].merge(currencies) { $1 } }
        }
      }
      try enforceSizeCap()
    } catch {
      // Rolled back, or the cap failed: start over, so the next fold writes every currency.
      foldedCurrencies.withLock { $0 = [:] }
      return .skipped("history: maintenance skipped: " + HistoryStore.reason(error))
    }
    return .written
  }

  /// Bytes the live rows take: pages in use (the file keeps freed pages for reuse, so its size
  /// on disk only grows to the cap and stays there).
  public func usedBytes() throws -> Int64 {
    try pool.read { db in
      let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      let free = try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
      let size = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
      return (pages - free) * size
    }
  }

  private func enforceSizeCap() throws {
    // Bounded: each pass deletes the oldest tenth of a table; a cap below an empty database's
    // size stops after the tables are empty.
    for _ in 0..<64 {
      guard try usedBytes() > settings.sizeCapBytes else { return }
      let deleted = try pool.write { db -> Int in
        for table in ["minute", "refresh"] {
          let column = table == "minute" ? "minute_ms" : "at_ms"
          let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
          guard count > 0 else { continue }
          let cut = try Int64.fetchOne(
            db, sql: "SELECT \(column) FROM \(table) ORDER BY \(column) LIMIT 1 OFFSET ?", arguments: [max(0, count / 10)])
          try db.execute(sql: "DELETE FROM \(table) WHERE \(column) <= ?", arguments: [cut ?? Int64.max])
          return db.changesCount
        }
        return 0
      }
      if deleted == 0 { return }
    }
  }

  /// Folds the refreshes before `cutoff` into minutes; returns each currency's last aggregate.
  /// A currency's minute row is left out when the minute held it steady at the figures of the
  /// last row written for it (`known`): readers take a missing minute as "unchanged".
  private func fold(
    before cutoff: Int64, known: [Int64: [Int64: CurrencyAggregate]], _ db: Database
  ) throws -> [Int64: [Int64: CurrencyAggregate]] {
    var folded: [Int64: [Int64: CurrencyAggregate]] = [:]
    // Per account through the primary key: there is no index on time alone.
    for account in try HistoryNames.accountIDs(db) {
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd
          FROM refresh WHERE account_id = ? AND at_ms < ? ORDER BY at_ms
          """,
        arguments: [account, cutoff])
      guard !rows.isEmpty else { continue }
      var minutes: [Int64: MinuteAggregate] = [:]
      var firstRefresh: [Int64: Int64] = [:]
      var order: [Int64] = []
      for row in rows {
        guard let at = StoredValue.int(row, "at_ms") else { continue }
        let minute = Self.minuteStart(at)
        let sample = MinuteAggregate(refresh: row)
        if let existing = minutes[minute] {
          minutes[minute] = existing.merged(with: sample)
        } else {
          minutes[minute] = sample
          firstRefresh[minute] = at
          order.append(minute)
        }
      }
      let currencies = try currencyAggregates(account: account, cutoff: cutoff, db)
      for minute in order {
        guard var aggregate = minutes[minute] else { continue }
        let key = MinuteKey(account: account, minute: minute)
        // A minute already folded (another instance wrote late) keeps its earlier refreshes.
        if let existing = try Row.fetchOne(
          db, sql: "SELECT * FROM minute WHERE account_id = ? AND minute_ms = ?", arguments: [account, minute])
        {
          aggregate = MinuteAggregate(minute: existing).merged(with: aggregate)
        }
        try aggregate.save(key, db)
        for (currency, sample) in currencies[minute] ?? [] {
          let previous =
            try folded[account]?[currency] ?? known[account]?[currency]
            ?? CurrencyAggregate.lastSaved(account: account, currency: currency, before: minute, db)
          var value = sample.aggregate
          // No row at the minute's first refresh: the currency held its previous figures until
          // its first row here, so they count in the minute's min and max.
          if let previous, let start = firstRefresh[minute], sample.firstAt > start {
            value = previous.held.merged(with: value)
          }
          folded[account, default: [:]][currency] = value
          if let previous, value.isSteady(at: previous) { continue }
          try value.save(key, currency: currency, db)
        }
      }
      // The currency rows go with their refreshes (ON DELETE CASCADE).
      try db.execute(sql: "DELETE FROM refresh WHERE account_id = ? AND at_ms < ?", arguments: [account, cutoff])
    }
    return folded
  }

  /// One account's currency rows before `cutoff`, folded by minute, each minute's currencies in
  /// the order they first appear.
  private func currencyAggregates(
    account: Int64, cutoff: Int64, _ db: Database
  ) throws -> [Int64: [(Int64, CurrencySample)]] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT at_ms, currency_id, equity, liabilities, auto_conversion_risk, forced_repayment_risk
        FROM refresh_currency WHERE account_id = ? AND at_ms < ? ORDER BY at_ms, position
        """,
      arguments: [account, cutoff])
    var result: [Int64: [(Int64, CurrencySample)]] = [:]
    for row in rows {
      guard let at = StoredValue.int(row, "at_ms"), let currency = StoredValue.int(row, "currency_id") else { continue }
      let minute = Self.minuteStart(at)
      let sample = CurrencyAggregate(row: row)
      var list = result[minute] ?? []
      if let index = list.firstIndex(where: { $0.0 == currency }) {
        list[index].1.aggregate = list[index].1.aggregate.merged(with: sample)
      } else {
        list.append((currency, CurrencySample(aggregate: sample, firstAt: at)))
      }
      result[minute] = list
    }
    return result
  }

  /// The start of the minute holding `at` (epoch milliseconds), rounded down also before 1970.
  static func minuteStart(_ at: Int64) -> Int64 {
    let start = at / 60_000 * 60_000
    let (earlier, overflow) = start.subtractingReportingOverflow(60_000)
    return at % 60_000 < 0 && !overflow ? earlier : start
  }
}

extension HistoryStore {
  /// Bytes each table and index takes (SQLite's `dbstat`), largest first, for the benchmark;
  /// empty when the SQLite build lacks `dbstat`.
  public func tableBytes() throws -> [(String, Int64)] {
    try pool.read { db in
      guard let rows = try? Row.fetchAll(db, sql: "SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC")
      else { return [] }
      return rows.compactMap { row in
        guard let name = StoredValue.text(row, "name"), let bytes = StoredValue.int(row, "bytes") else { return nil }
        return (name, bytes)
      }
    }
  }
}
