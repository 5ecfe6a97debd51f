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
        for account in try Self.accounts(in: "minute", db) {
          try db.execute(
            sql: "DELETE FROM minute WHERE account = ? AND minute_ms < ?", arguments: [account, dropBefore])
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
    before cutoff: Int64, known: [String: [String: CurrencyAggregate]], _ db: Database
  ) throws -> [String: [String: CurrencyAggregate]] {
    // Per account through `refresh_by_account`: there is no index on time alone.
    let accounts = try Self.accounts(in: "refresh", db)
    var rows: [Row] = []
    for account in accounts {
      rows += try Row.fetchAll(
        db,
        sql: """
          SELECT id, account, venue, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd
          FROM refresh WHERE account = ? AND at_ms < ? ORDER BY at_ms, id
          """,
        arguments: [account, cutoff])
    }
    guard !rows.isEmpty else { return [:] }
    var minutes: [MinuteKey: MinuteAggregate] = [:]
    var firstRefresh: [MinuteKey: Int64] = [:]
    var order: [MinuteKey] = []
    var ids: [Int64] = []
    for row in rows {
      guard let id = StoredValue.int(row, "id"), let account = StoredValue.text(row, "account"),
        let at = StoredValue.int(row, "at_ms")
      else { continue }
      ids.append(id)
      let key = MinuteKey(account: account, minute: at / 60_000 * 60_000 - (at % 60_000 < 0 ? 60_000 : 0))
      let sample = MinuteAggregate(refresh: row)
      if let existing = minutes[key] {
        minutes[key] = existing.merged(with: sample)
      } else {
        minutes[key] = sample
        firstRefresh[key] = at
        order.append(key)
      }
    }
    let currencies = try currencyAggregates(accounts: accounts, cutoff: cutoff, db)
    var folded: [String: [String: CurrencyAggregate]] = [:]
    for key in order {
      guard var aggregate = minutes[key] else { continue }
      // A minute already folded (another instance wrote late) keeps its earlier refreshes.
      if let existing = try Row.fetchOne(
        db, sql: "SELECT * FROM minute WHERE account = ? AND minute_ms = ?", arguments: [key.account, key.minute])
      {
        aggregate = MinuteAggregate(minute: existing).merged(with: aggregate)
      }
      try aggregate.save(key, db)
      for (currency, sample) in currencies[key] ?? [] {
        let previous =
          try folded[key.account]?[currency] ?? known[key.account]?[currency]
          ?? CurrencyAggregate.lastSaved(account: key.account, currency: currency, before: key.minute, db)
        var value = sample.aggregate
        // No row at the minute's first refresh: the currency held its previous figures until
        // its first row here, so they count in the minute's min and max.
        if let previous, let start = firstRefresh[key], sample.firstAt > start {
          value = previous.held.merged(with: value)
        }
        folded[key.account, default: [:]][currency] = value
        if let previous, value.isSteady(at: previous) { continue }
        try value.save(key, currency: currency, db)
      }
    }
    for chunk in stride(from: 0, to: ids.count, by: 500) {
      let part = ids[chunk..<min(chunk + 500, ids.count)]
      try db.execute(
        sql: "DELETE FROM refresh WHERE id IN (" + part.map { _ in "?" }.joined(separator: ",") + ")",
        arguments: StatementArguments(Array(part)))
    }
    return folded
  }

  private func currencyAggregates(
    accounts: [String], cutoff: Int64, _ db: Database
  ) throws -> [MinuteKey: [(String, CurrencySample)]] {
    var rows: [Row] = []
    for account in accounts {
      rows += try Row.fetchAll(
        db,
        sql: """
          SELECT r.account, r.at_ms, c.currency, c.equity, c.liabilities, c.auto_conversion_risk, c.forced_repayment_risk
          FROM refresh r JOIN refresh_currency c ON c.refresh_id = r.id
          WHERE r.account = ? AND r.at_ms < ? ORDER BY r.at_ms, r.id, c.position
          """,
        arguments: [account, cutoff])
    }
    var result: [MinuteKey: [(String, CurrencySample)]] = [:]
    for row in rows {
      guard let account = StoredValue.text(row, "account"), let at = StoredValue.int(row, "at_ms"),
        let currency = StoredValue.text(row, "currency")
      else { continue }
      let key = MinuteKey(account: account, minute: at / 60_000 * 60_000 - (at % 60_000 < 0 ? 60_000 : 0))
      let sample = CurrencyAggregate(row: row)
      var list = result[key] ?? []
      if let index = list.firstIndex(where: { $0.0 == currency }) {
        list[index].1.aggregate = list[index].1.aggregate.merged(with: sample)
      } else {
        list.append((currency, CurrencySample(aggregate: sample, firstAt: at)))
      }
      result[key] = list
    }
    return result
  }
}

extension HistoryStore {
  /// The distinct accounts of `table` (`refresh` or `minute`, both indexed by account first),
  /// in order, one index seek each instead of a scan of the table.
  static func accounts(in table: String, _ db: Database) throws -> [String] {
    var result: [String] = []
    var next = try String.fetchOne(db, sql: "SELECT min(account) FROM \(table)")
    while let account = next {
      result.append(account)
      next = try String.fetchOne(
        db, sql: "SELECT account FROM \(table) WHERE account > ? ORDER BY account LIMIT 1", arguments: [account])
    }
    return result
  }

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
